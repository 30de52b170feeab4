package sendtracker.domain;

/** A recipient's postal address; every part may be empty (eGifts have none). */
public record PostalAddress(String line1, String line2, String city, String region, String postalCode, String country) {
    public static final PostalAddress NONE = new PostalAddress(null, null, null, null, null, null);

    public boolean isEmpty() {
        return line1 == null && line2 == null && city == null && region == null && postalCode == null && country == null;
    }
}
