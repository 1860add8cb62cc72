package io.wickedzerg.app.learn;

import io.wickedzerg.app.ChartStyle;
import io.wickedzerg.app.ChartStyle.Line;
import io.wickedzerg.optimiser.GenerationSummary;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;

/**
 * {@code learn-curve.png}: the training curve, generation by generation: the win rate above; the mean fitness of
 * the generation's games and the top candidate's fitness below (both 0 .. 2, a win scoring above 1).
 */
final class CurveChart {

    static final int WIDTH = 900;
    static final int HEIGHT = 620;

    static final Color WIN_RATE = new Color(0xd62728);
    static final Color MEAN_FITNESS = new Color(0x1f77b4);
    static final Color BEST_FITNESS = new Color(0x2ca02c);

    private CurveChart() {
    }

    static void write(List<GenerationSummary> history, String title, Path file) throws IOException {
        ChartStyle.headless();
        ChartStyle.save(chart(history, title), file, WIDTH, HEIGHT);
    }

    static JFreeChart chart(List<GenerationSummary> history, String title) {
        NumberAxis generation = new NumberAxis("generation");
        generation.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        // padded both sides, so the first and last generation's points are not cut in half by the plot's edge
        generation.setAutoRangeIncludesZero(false);
        generation.setAutoRangeStickyZero(false);
        generation.setLowerMargin(0.04);
        generation.setUpperMargin(0.04);
        ChartStyle.style(generation);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(generation);
        plot.setGap(12);
        plot.add(subplot("win rate (%)", 0, 100, history,
                List.of(new Line<>("win rate", g -> 100 * g.winRate(), WIN_RATE))), 1);
        plot.add(subplot("fitness (0 .. 2)", 0, 2, history, List.of(
                new Line<>("mean fitness of the generation's games", GenerationSummary::meanFitness, MEAN_FITNESS),
                new Line<>("best candidate's fitness", GenerationSummary::bestFitness, BEST_FITNESS))), 1);
        return ChartStyle.chart(title, plot);
    }

    private static XYPlot subplot(String label, double low, double high, List<GenerationSummary> history,
                                  List<Line<GenerationSummary>> lines) {
        NumberAxis values = new NumberAxis(label);
        // a fixed range, so curves of different runs read alike and a flat line is not blown up into noise; padded a
        // little, so a line at 0 % or 100 % is not hidden in the frame
        double pad = (high - low) * 0.03;
        values.setRange(low - pad, high + pad);
        return ChartStyle.lines(history, GenerationSummary::generation, values, true, "no generation completed", lines);
    }
}
