package sendtracker.service;

import sendtracker.domain.CampaignState;

/**
 * The words the demo data set is made of: teams, names, companies, places, campaigns, gifts and
 * messages ({@link DemoData} draws from them with its seed; their order is part of what a seed makes).
 */
final class DemoVocabulary {
    static final String[] TEAMS = {"Enterprise Sales", "Mid-Market Sales", "Customer Success", "Field Marketing",
        "Partnerships", "Recruiting"};
    static final String[] FIRST = {"Olivia", "Liam", "Emma", "Noah", "Ava", "Mateo", "Sofia", "Lucas", "Mia",
        "Ethan", "Amara", "Kenji", "Priya", "Diego", "Chloe", "Omar", "Hannah", "Wei", "Zoe", "Samuel", "Leila",
        "Jonas", "Grace", "Ravi", "Isla", "Marcus", "Elena", "Tariq", "Nora", "Felix", "Aisha", "Hugo", "Maya",
        "Daniel", "Ingrid", "Kofi", "Lucia", "Arjun", "Freya", "Tomás"};
    static final String[] LAST = {"Nguyen", "Patel", "Garcia", "Smith", "Kim", "Okafor", "Müller", "Rossi",
        "Johnson", "Chen", "Silva", "Haddad", "Novak", "Williams", "Tanaka", "Brown", "Dubois", "Kowalski",
        "Andersen", "Martinez", "O'Brien", "Singh", "Larsen", "Costa", "Ibrahim", "Walker", "Fischer", "Moreau",
        "Yamamoto", "Reyes", "Schmidt", "Hughes", "Petrov", "Lopez", "Bianchi", "Murphy"};
    static final String[] COMPANY_A = {"Blue", "North", "Bright", "Iron", "Silver", "Summit", "Clear", "Red",
        "Harbor", "Pine", "Quantum", "Atlas", "Nova", "Cedar", "Granite", "Lumen", "Vertex", "Orbit", "Maple", "Delta"};
    static final String[] COMPANY_B = {"Labs", "Systems", "Analytics", "Health", "Logistics", "Capital",
        "Robotics", "Foods", "Energy", "Software", "Networks", "Media", "Bio", "Works", "Partners", "Cloud"};
    /** City|region|country|postal code pattern ('#' a digit, '@' a letter). */
    static final String[] CITIES = {"Austin|TX|US|787##", "Denver|CO|US|802##", "Seattle|WA|US|981##",
        "Boston|MA|US|021##", "Chicago|IL|US|606##", "Atlanta|GA|US|303##", "San Jose|CA|US|951##",
        "Toronto|ON|CA|M5V #@#", "London||GB|EC1@ #@@", "Dublin||IE|D02 @###", "Berlin||DE|10###",
        "Raleigh|NC|US|276##", "Phoenix|AZ|US|850##", "Portland|OR|US|972##"};
    static final String[] STREETS = {"Market St", "Main St", "Oak Ave", "Elm St", "Harbor Blvd", "Park Ave",
        "2nd St", "Mission St", "Lake Dr", "Hillside Rd", "Commerce Way", "Innovation Pkwy"};
    static final String[] CAMPAIGNS = {"Q4 Pipeline Push", "Renewal Thank-You", "Webinar Follow-Up",
        "New Logo Welcome", "Holiday Gifting 2026", "Executive Dinner Invite", "Champion Program", "Trade Show Booth",
        "Customer Anniversary", "Referral Rewards", "Candidate Welcome Kit", "Onboarding Kickoff",
        "Event No-Show Win-Back", "Partner Summit", "Product Launch Teaser", "Spring Outreach 2026",
        "Holiday Gifting 2025", "Legacy Sequence", "Beta Tester Thanks", "Summer Sales Sprint"};
    static final CampaignState[] CAMPAIGN_STATES = {CampaignState.ACTIVE, CampaignState.ACTIVE,
        CampaignState.ACTIVE, CampaignState.ACTIVE, CampaignState.ACTIVE, CampaignState.ACTIVE, CampaignState.ACTIVE,
        CampaignState.ACTIVE, CampaignState.ACTIVE, CampaignState.ACTIVE, CampaignState.ACTIVE, CampaignState.ACTIVE,
        CampaignState.ACTIVE, CampaignState.ACTIVE, CampaignState.ACTIVE, CampaignState.ARCHIVED,
        CampaignState.ARCHIVED, CampaignState.DELETED, CampaignState.ARCHIVED, CampaignState.DELETED};
    static final String[] EGIFTS = {"Starbucks Card", "DoorDash Credit", "Amazon.com Gift Card",
        "Uber Eats Voucher", "Visa Prepaid Card", "Tremendous Choice", "Charity Donation", "Airbnb Gift Card"};
    static final String[] INVENTORY = {"Branded Hoodie", "Insulated Tumbler", "Notebook Set",
        "Welcome Kit Box", "Wireless Charger", "Tech Backpack", "Desk Plant", "Coffee Sampler"};
    static final String[] DIRECT = {"Artisan Cheese Board", "Cookie Tin", "Gourmet Chocolate Box",
        "Wine Pairing Set", "Spa Kit", "Cupcake Dozen", "Fresh Flower Bouquet"};
    static final String[] AMAZON = {"Kindle Paperwhite", "Echo Dot", "Bluetooth Speaker", "Noise-Canceling Earbuds",
        "Yeti Rambler", "Board Game Bundle"};
    static final String[] OTHER_TYPES = {"Handwritten Notes", "Sendoso Choice"};
    static final String[] MESSAGES = {"Thanks for your time this week. Enjoy!",
        "Congratulations on the launch! A small something from all of us.",
        "Great to meet you at the booth. Looking forward to our next chat.",
        "Happy anniversary as a customer. We appreciate you!", "Welcome aboard! We're excited to work together.",
        "A little thank-you for the referral.", null};
    static final String[] SENT_VIA = {"Platform", "Platform", "Platform", "Platform", "Salesforce", "HubSpot",
        "Outreach", "API"};
    static final String[] CARRIERS = {"UPS", "FedEx", "USPS", "DHL"};

    private DemoVocabulary() {
    }
}
