package io.wickedzerg.app.learn;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.optimiser.GenerationSummary;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurveChartTest {

    private static final List<GenerationSummary> HISTORY = List.of(
            new GenerationSummary(0, 16, 2, 0.52, 1.21, "g0-c04"),
            new GenerationSummary(1, 16, 5, 0.74, 1.33, "g1-c00"),
            new GenerationSummary(2, 16, 9, 1.02, 1.48, "g2-c00"));

    @Test
    void winRateAboveFitnessBelowEachPointAGeneration() {
        JFreeChart chart = CurveChart.chart(HISTORY, "t");

        @SuppressWarnings("unchecked")
        List<XYPlot> plots = ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
        assertThat(plots).hasSize(2);
        assertThat(plots.get(0).getDataset().getSeriesCount()).isEqualTo(1);
        assertThat(plots.get(0).getDataset().getYValue(0, 2)).isEqualTo(100.0 * 9 / 16);
        assertThat(plots.get(1).getDataset().getSeriesCount()).isEqualTo(2);
        assertThat(plots.get(1).getDataset().getYValue(0, 1)).isEqualTo(0.74);
        assertThat(plots.get(1).getDataset().getYValue(1, 2)).isEqualTo(1.48);
        assertThat(plots.get(1).getRangeAxis().getRange().contains(2.0)).isTrue();
        assertThat(plots.get(1).getRangeAxis().getUpperBound()).isLessThan(2.1);
    }

    @Test
    void itIsAPngOfItsSize(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/learn-curve.png");

        CurveChart.write(HISTORY, "Learning against VeryHard", file);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(CurveChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(CurveChart.HEIGHT);
    }
}
