package io.wickedzerg.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.bot.telemetry.ChartPoint;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartWriterTest {

    private final ChartWriter writer = new ChartWriter();

    /** Twelve game minutes sampled every game second, shaped like a real game: drones, then an army. */
    static List<ChartPoint> game() {
        List<ChartPoint> points = new ArrayList<>();
        for (int s = 0; s <= 720; s++) {
            int workers = Math.min(12 + s / 8, 66);
            int army = s < 240 ? 0 : Math.min((s - 240) / 4, 110);
            int minerals = 50 + (int) (250 * (1 + Math.sin(s / 40.0)));
            int gas = s < 120 ? 0 : (int) (120 * (1 + Math.cos(s / 55.0)));
            points.add(new ChartPoint(s, minerals, gas, workers, army, workers + army + 2));
        }
        return points;
    }

    @Test
    void writesAPngOfTheExpectedSizeThatShowsEveryLine(@TempDir Path dir) throws Exception {
        Path file = writer.write(game(), "g1: Victory vs TERRAN EASY on Wicked Cove", dir.resolve("sub/g1.png"))
                .orElseThrow();

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
        assertThat(image.getWidth()).isEqualTo(ChartWriter.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ChartWriter.HEIGHT);
        assertThat(colours(image)).as("not blank: lines, text, grid").hasSizeGreaterThan(20);
        for (var line : List.of(ChartWriter.MINERALS, ChartWriter.GAS, ChartWriter.SUPPLY_USED, ChartWriter.ARMY,
                ChartWriter.WORKERS)) {
            assertThat(count(image, line.getRGB())).as("pixels of %s", line).isGreaterThan(300);
        }
    }

    @Test
    void everyAxisHasLabelledTicksAndGridlinesAndTheLegendNamesEveryLine() {
        JFreeChart chart = writer.chart(game(), "g1");
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getPlot();
        NumberAxis time = (NumberAxis) plot.getDomainAxis();

        assertThat(time.getLabel()).isEqualTo("game time (m:ss)");
        assertThat(time.getStandardTickUnits().getCeilingTickUnit(50).valueToString(90)).isEqualTo("1:30");
        assertThat(time.getStandardTickUnits().getCeilingTickUnit(200).valueToString(605)).isEqualTo("10:05");
        List<XYPlot> panels = plot.getSubplots();
        assertThat(panels).extracting(p -> p.getRangeAxis().getLabel())
                .containsExactly("minerals / gas banked", "supply / workers");
        assertThat(panels).allSatisfy(p -> {
            assertThat(p.isDomainGridlinesVisible()).isTrue();
            assertThat(p.isRangeGridlinesVisible()).isTrue();
            assertThat(p.getRangeAxis().isTickLabelsVisible()).isTrue();
        });
        assertThat(chart.getLegend()).isNotNull();
        List<String> legend = new ArrayList<>();
        for (int i = 0; i < plot.getLegendItems().getItemCount(); i++) {
            legend.add(plot.getLegendItems().get(i).getLabel());
        }
        assertThat(legend).containsExactly("minerals", "gas", "supply used", "army supply", "workers");
    }

    @Test
    void aGameWithoutSamplesStillGivesAPicture(@TempDir Path dir) throws Exception {
        Path file = writer.write(List.of(), "empty", dir.resolve("empty.png")).orElseThrow();

        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(ChartWriter.WIDTH);
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 2) {
            for (int y = 0; y < image.getHeight(); y += 2) {
                seen.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return seen;
    }

    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xffffff) == (rgb & 0xffffff)) {
                    n++;
                }
            }
        }
        return n;
    }
}
