package io.wickedzerg.app;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * How the project's PNG charts look (the game chart, the learning curve): white plots with grey gridlines on both
 * axes, labelled ticks, the legend below, drawn off screen.
 */
public final class ChartStyle {

    private static final Color GRID = new Color(0xd0d0d0);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private ChartStyle() {
    }

    /** Off screen: on a desktop AWT would otherwise talk to the display; where there is none it would fail. */
    public static void headless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    public static void style(NumberAxis axis) {
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(Color.DARK_GRAY);
    }

    /** One line of a plot: a value of each point, named in the legend, in its colour. */
    public record Line<T>(String name, ToDoubleFunction<T> value, Color color) {
    }

    /**
     * A plot with one 2-pixel line per {@code lines} over {@code points} (x by {@code x}), for a combined plot's
     * shared domain axis; {@code markers} draws each point too (few points: a generation each).
     */
    public static <T> XYPlot lines(List<T> points, ToDoubleFunction<T> x, NumberAxis values, boolean markers,
                                   String noData, List<Line<T>> lines) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, markers);
        for (int i = 0; i < lines.size(); i++) {
            XYSeries series = new XYSeries(lines.get(i).name(), false, true);
            for (T p : points) {
                series.add(x.applyAsDouble(p), lines.get(i).value().applyAsDouble(p));
            }
            data.addSeries(series);
            renderer.setSeriesPaint(i, lines.get(i).color());
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        return plot(data, values, renderer, noData);
    }

    /** A plot of {@code data} over a shared domain axis (set by the combined plot), gridlines on both axes. */
    public static XYPlot plot(XYDataset data, NumberAxis values, XYItemRenderer renderer, String noData) {
        style(values);
        XYPlot plot = new XYPlot(data, null, values, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.GRAY);
        plot.setDomainGridlinesVisible(true);
        plot.setRangeGridlinesVisible(true);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setNoDataMessage(noData);
        return plot;
    }

    /** The chart around {@code plot}, with its title and the legend below. */
    public static JFreeChart chart(String title, Plot plot) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(LABEL);
        return chart;
    }

    public static void save(JFreeChart chart, Path file, int width, int height) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
    }
}
