import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the Send Tracker icon (a gift box with a tracking tick on a blue tile) so the committed
 * PNG can be regenerated without any image tool: {@code java installer/icon/MakeIcon.java OUT.png [SIZE]}.
 */
public final class MakeIcon {
    public static void main(String[] args) throws Exception {
        File out = new File(args.length > 0 ? args[0] : "installer/send-tracker.png");
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0); // draw on a 256-unit grid whatever the output size

        // Tile: rounded square, blue gradient.
        g.setPaint(new GradientPaint(0, 8, new Color(0x2F80ED), 0, 248, new Color(0x1A4FA0)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));

        // Gift box: lid and body in white, ribbon in the tile's dark blue.
        Color white = new Color(0xFFFFFF);
        Color ribbon = new Color(0x1A4FA0);
        g.setColor(white);
        g.fill(new RoundRectangle2D.Double(52, 92, 132, 34, 10, 10)); // lid
        g.fill(new RoundRectangle2D.Double(62, 130, 112, 82, 10, 10)); // body
        g.setColor(ribbon);
        g.fillRect(108, 92, 20, 120); // vertical ribbon through lid and body
        g.fillRect(52, 126, 132, 4);  // seam between lid and body

        // Bow: two loops above the lid.
        g.setColor(white);
        g.setStroke(new BasicStroke(10f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D bow = new Path2D.Double();
        bow.moveTo(118, 90);
        bow.curveTo(96, 56, 70, 66, 84, 86);
        bow.moveTo(118, 90);
        bow.curveTo(140, 56, 166, 66, 152, 86);
        g.draw(bow);

        // Tracking badge: green disc with a white tick, bottom right.
        g.setColor(new Color(0x1A4FA0));
        g.fill(new Ellipse2D.Double(152, 152, 84, 84)); // ring in the tile colour to separate it
        g.setColor(new Color(0x27AE60));
        g.fill(new Ellipse2D.Double(158, 158, 72, 72));
        g.setColor(white);
        g.setStroke(new BasicStroke(10f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D tick = new Path2D.Double();
        tick.moveTo(176, 195);
        tick.lineTo(190, 209);
        tick.lineTo(213, 181);
        g.draw(tick);

        g.dispose();
        ImageIO.write(image, "png", out);
        System.out.println("wrote " + out + " (" + size + "x" + size + ")");
    }
}
