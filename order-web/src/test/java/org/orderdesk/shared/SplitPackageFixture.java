package org.orderdesk.shared;

/**
 * A class of the web module's tests in a package of the domain module, for ArchitectureTest to prove that it finds
 * a package split over two modules. Never on the application's class path.
 */
final class SplitPackageFixture {

    private SplitPackageFixture() {
    }
}
