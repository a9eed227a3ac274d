package org.orderdesk.server;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Every port of a local cluster, from one base so that two clusters (or a cluster and the test server) on one
 * machine never meet: the balancer at base+80, the DAS's admin at base+48, and instance i (from 1) with ports
 * from base+100*i, as Payara's --portbase lays them out (admin +48, HTTP +80, ...), its Hazelcast member at +90.
 * Up to nine instances.
 */
public record ClusterPorts(int base, int instances) {

    static final int MAX_INSTANCES = 9;
    private static final int PER_INSTANCE = 100;

    public ClusterPorts {
        if (instances < 1 || instances > MAX_INSTANCES) {
            throw new IllegalArgumentException("cluster.instances must be 1 to " + MAX_INSTANCES + ": " + instances);
        }
    }

    int balancer() {
        return base + 80;
    }

    int balancerStats() {
        return base + 81;
    }

    int admin() {
        return base + 48;
    }

    /** The DAS's own HTTP listener, which serves no application: on loopback, out of the balancer's way. */
    int dasHttp() {
        return base + 70;
    }

    int dasDataGrid() {
        return base + 90;
    }

    int smtp() {
        return base + 25;
    }

    int mailApi() {
        return base + 26;
    }

    public int imap() {
        return base + 43;
    }

    public int postgres() {
        return base + 32;
    }

    /** Payara's --portbase of instance i (from 1). */
    int instanceBase(int instance) {
        return base + PER_INSTANCE * instance;
    }

    int instanceHttp(int instance) {
        return instanceBase(instance) + 80;
    }

    int instanceDataGrid(int instance) {
        return instanceBase(instance) + 90;
    }

    public IntStream instanceNumbers() {
        return IntStream.rangeClosed(1, instances);
    }

    /** The ports that must be free before anything starts (those Payara switches off are left out). */
    int[] needed() {
        List<Integer> ports = new ArrayList<>(List.of(balancer(), balancerStats(), admin(), dasHttp(), dasDataGrid(),
                smtp(), mailApi(), imap(), postgres()));
        instanceNumbers().forEach(i -> ports.addAll(List.of(instanceBase(i) + 48, instanceHttp(i),
                instanceDataGrid(i))));
        return ports.stream().mapToInt(Integer::intValue).toArray();
    }
}
