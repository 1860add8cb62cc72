package io.wickedzerg.app;

import io.wickedzerg.bot.telemetry.ChartPoint;
import io.wickedzerg.bot.telemetry.ChartRenderer;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The end-of-game PNG, drawn with JFreeChart off screen: the bank (minerals, gas) above, supply used,
 * army supply and workers below, over game time in m:ss. Every axis has labelled ticks and its own
 * gridlines; one legend names all five lines.
 */
final class ChartWriter implements ChartRenderer {

    static final int WIDTH = 1000;
    static final int HEIGHT = 640;

    static final Color MINERALS = new Color(0x1f77b4);
    static final Color GAS = new Color(0x2ca02c);
    static final Color SUPPLY_USED = new Color(0x7f7f7f);
    static final Color ARMY = new Color(0xd62728);
    static final Color WORKERS = new Color(0xff7f0e);
    private static final Color GRID = new Color(0xd0d0d0);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    ChartWriter() {
        // Off screen: on a desktop AWT would otherwise talk to the display; where there is none it would fail.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    @Override
    public Optional<Path> write(List<ChartPoint> points, String title, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ChartUtils.saveChartAsPNG(file.toFile(), chart(points, title), WIDTH, HEIGHT);
        return Optional.of(file);
    }

    JFreeChart chart(List<ChartPoint> points, String title) {
        NumberAxis time = new NumberAxis("game time (m:ss)");
        time.setStandardTickUnits(gameClockUnits());
        time.setLowerMargin(0);
        time.setUpperMargin(0.01);
        style(time);

        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(12);
        plot.add(subplot("minerals / gas banked", points,
                new Line("minerals", ChartPoint::minerals, MINERALS), new Line("gas", ChartPoint::gas, GAS)), 1);
        plot.add(subplot("supply / workers", points,
                new Line("supply used", ChartPoint::supplyUsed, SUPPLY_USED),
                new Line("army supply", ChartPoint::armySupply, ARMY),
                new Line("workers", ChartPoint::workers, WORKERS)), 1);

        JFreeChart chart = new JFreeChart(title, TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(LABEL);
        return chart;
    }

    private record Line(String name, ToIntFunction<ChartPoint> value, Color color) {
    }

    private static XYPlot subplot(String axisLabel, List<ChartPoint> points, Line... lines) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < lines.length; i++) {
            XYSeries series = new XYSeries(lines[i].name(), false, true);
            for (ChartPoint p : points) {
                series.add(p.gameSeconds(), lines[i].value().applyAsInt(p));
            }
            data.addSeries(series);
            renderer.setSeriesPaint(i, lines[i].color());
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        NumberAxis values = new NumberAxis(axisLabel);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setAutoRangeIncludesZero(true);
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
        plot.setNoDataMessage("no samples");
        return plot;
    }

    private static void style(NumberAxis axis) {
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(Color.DARK_GRAY);
    }

    /** Tick spacings from 15 s to 30 min, labelled m:ss; JFreeChart picks the one that fits. */
    private static TickUnits gameClockUnits() {
        TickUnits units = new TickUnits();
        NumberFormat clock = new GameClock();
        for (int seconds : new int[] {15, 30, 60, 120, 180, 300, 600, 900, 1800}) {
            units.add(new NumberTickUnit(seconds, clock));
        }
        return units;
    }

    /** Seconds as m:ss (90 is 1:30). */
    static final class GameClock extends NumberFormat {

        @Override
        public StringBuffer format(double seconds, StringBuffer to, FieldPosition pos) {
            long s = Math.round(seconds);
            return to.append(s / 60).append(':').append(s % 60 < 10 ? "0" : "").append(s % 60);
        }

        @Override
        public StringBuffer format(long seconds, StringBuffer to, FieldPosition pos) {
            return format((double) seconds, to, pos);
        }

        /** Only formatting is needed; nothing parses tick labels. */
        @Override
        public Number parse(String source, ParsePosition pos) {
            return null;
        }
    }
}
