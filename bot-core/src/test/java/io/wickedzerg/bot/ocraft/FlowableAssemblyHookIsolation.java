package io.wickedzerg.bot.ocraft;

import io.reactivex.Flowable;
import io.reactivex.functions.Function;
import io.reactivex.plugins.RxJavaPlugins;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each test RxJava's process-wide Flowable assembly hook empty and puts back whatever was there after it, so
 * tests of the hooks neither see nor leave one another's. Register as an instance field with
 * {@code @RegisterExtension}.
 */
final class FlowableAssemblyHookIsolation implements BeforeEachCallback, AfterEachCallback {

    @SuppressWarnings("rawtypes")
    private Function<? super Flowable, ? extends Flowable> saved;

    @Override
    public void beforeEach(ExtensionContext context) {
        saved = RxJavaPlugins.getOnFlowableAssembly();
        RxJavaPlugins.setOnFlowableAssembly(null);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RxJavaPlugins.setOnFlowableAssembly(saved);
    }
}
