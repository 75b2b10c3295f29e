package org.newsgraph.core.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test's store on a real TDB2 folder of its own, opened before each test and closed after it.
 * <pre>
 *   class SomeTest extends StoreOnDisk {
 *       &#64;BeforeEach
 *       void fill() { store.write(Fixtures.pledgePost()); }   // runs once the store is open
 *   }
 * </pre>
 */
abstract class StoreOnDisk {
    @TempDir
    Path folder;
    Store store;

    @BeforeEach
    void openStore() {
        store = Store.open(tdb2(), Fixtures.BASE);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    /** The store's folder, to open it again or look at its files. */
    Path tdb2() {
        return folder.resolve("tdb2");
    }
}
