package io.wickedzerg.app;

import io.wickedzerg.app.ChartStyle.Line;
import io.wickedzerg.bot.telemetry.ChartPoint;
import io.wickedzerg.bot.telemetry.ChartRenderer;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;

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

    ChartWriter() {
        ChartStyle.headless();
    }

    @Override
    public Optional<Path> write(List<ChartPoint> points, String title, Path file) throws IOException {
        ChartStyle.save(chart(points, title), file, WIDTH, HEIGHT);
        return Optional.of(file);
    }

    JFreeChart chart(List<ChartPoint> points, String title) {
        NumberAxis time = new NumberAxis("game time (m:ss)");
        time.setStandardTickUnits(gameClockUnits());
        time.setLowerMargin(0);
        time.setUpperMargin(0.01);
        ChartStyle.style(time);

        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(12);
        plot.add(subplot("minerals / gas banked", points, List.of(
                new Line<>("minerals", ChartPoint::minerals, MINERALS), new Line<>("gas", ChartPoint::gas, GAS))), 1);
        plot.add(subplot("supply / workers", points, List.of(
                new Line<>("supply used", ChartPoint::supplyUsed, SUPPLY_USED),
                new Line<>("army supply", ChartPoint::armySupply, ARMY),
                new Line<>("workers", ChartPoint::workers, WORKERS))), 1);

        return ChartStyle.chart(title, plot);
    }

    private static XYPlot subplot(String axisLabel, List<ChartPoint> points, List<Line<ChartPoint>> lines) {
        NumberAxis values = new NumberAxis(axisLabel);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setAutoRangeIncludesZero(true);
        return ChartStyle.lines(points, ChartPoint::gameSeconds, values, false, "no samples", lines);
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
