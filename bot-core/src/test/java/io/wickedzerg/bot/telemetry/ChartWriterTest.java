package io.wickedzerg.bot.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartWriterTest {

    @Test
    void writesAPngWithEverySeriesDrawn(@TempDir Path dir) throws Exception {
        List<ChartPoint> points = List.of(new ChartPoint(0, 50, 0, 12, 0, 12), new ChartPoint(60, 300, 100, 20, 4, 26),
                new ChartPoint(120, 500, 200, 30, 20, 52));

        Path file = ChartWriter.write(points, "test", dir.resolve("sub/chart.png"));
        BufferedImage image = ImageIO.read(file.toFile());

        assertThat(image.getWidth()).isEqualTo(ChartWriter.WIDTH);
        assertThat(count(image, 0x2e7d32)).as("workers line").isGreaterThan(50);
        assertThat(count(image, 0xc62828)).as("army line").isGreaterThan(50);
        assertThat(count(image, 0x1565c0)).as("minerals line").isGreaterThan(50);
    }

    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }
}
