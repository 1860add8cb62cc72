package io.wickedzerg.bench.table;

import java.util.List;

/** One kind of measurement: the rows it yields, known beforehand so a failure still names every row it lost. */
public interface Measurement {

    String title();

    List<String> rowNames();

    List<Row> measure(BenchSettings settings) throws Exception;
}
