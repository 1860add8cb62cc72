package io.wickedzerg.bot.telemetry;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToIntFunction;
import javax.imageio.ImageIO;

/**
 * The end-of-game chart: workers, army supply and supply used over game time (left axis), minerals
 * and gas banked (right axis). Plain java.awt, headless.
 */
public final class ChartWriter {

    static final int WIDTH = 900;
    static final int HEIGHT = 450;
    private static final int MARGIN = 60;

    private ChartWriter() {
    }

    public static Path write(List<ChartPoint> points, String title, Path file) throws IOException {
        BufferedImage image = render(points, title);
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    static BufferedImage render(List<ChartPoint> points, String title) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            g.drawString(title, MARGIN, 25);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            g.drawRect(MARGIN, MARGIN, WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN);
            if (points.isEmpty()) {
                g.drawString("no samples", WIDTH / 2 - 30, HEIGHT / 2);
                return image;
            }
            double maxT = Math.max(1, points.get(points.size() - 1).gameSeconds());
            int maxLeft = Math.max(10, max(points, ChartPoint::supplyUsed));
            int maxRight = Math.max(100, Math.max(max(points, ChartPoint::minerals), max(points, ChartPoint::gas)));
            g.drawString("0", MARGIN - 15, HEIGHT - MARGIN);
            g.drawString(String.valueOf(maxLeft), 5, MARGIN + 5);
            g.drawString(String.valueOf(maxRight), WIDTH - MARGIN + 5, MARGIN + 5);
            g.drawString(String.format("%d:%02d", (int) maxT / 60, (int) maxT % 60), WIDTH - MARGIN - 20, HEIGHT - MARGIN + 15);
            g.drawString("game time", WIDTH / 2 - 25, HEIGHT - MARGIN + 30);
            series(g, points, ChartPoint::workers, maxT, maxLeft, new Color(0x2e7d32), "workers", 0);
            series(g, points, ChartPoint::armySupply, maxT, maxLeft, new Color(0xc62828), "army supply", 1);
            series(g, points, ChartPoint::supplyUsed, maxT, maxLeft, new Color(0x455a64), "supply used", 2);
            series(g, points, ChartPoint::minerals, maxT, maxRight, new Color(0x1565c0), "minerals (right)", 3);
            series(g, points, ChartPoint::gas, maxT, maxRight, new Color(0x8e24aa), "gas (right)", 4);
            return image;
        } finally {
            g.dispose();
        }
    }

    private static int max(List<ChartPoint> points, ToIntFunction<ChartPoint> f) {
        return points.stream().mapToInt(f).max().orElse(0);
    }

    private static void series(Graphics2D g, List<ChartPoint> points, ToIntFunction<ChartPoint> f, double maxT,
                               int maxY, Color color, String label, int legendRow) {
        g.setColor(color);
        g.setStroke(new BasicStroke(2f));
        int plotW = WIDTH - 2 * MARGIN;
        int plotH = HEIGHT - 2 * MARGIN;
        int prevX = -1;
        int prevY = -1;
        for (ChartPoint p : points) {
            int x = MARGIN + (int) Math.round(p.gameSeconds() / maxT * plotW);
            int y = HEIGHT - MARGIN - (int) Math.round(Math.min(1.0, f.applyAsInt(p) / (double) maxY) * plotH);
            if (prevX >= 0) {
                g.drawLine(prevX, prevY, x, y);
            }
            prevX = x;
            prevY = y;
        }
        int ly = MARGIN + 15 + legendRow * 15;
        g.fillRect(MARGIN + 10, ly - 8, 10, 10);
        g.drawString(label, MARGIN + 25, ly + 1);
    }
}
