package org.orderdesk.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.orderdesk.customer.domain.CustomerNumber;

/**
 * Customer numbers as the application draws them (CustomerNumber.random), never one already in the database or
 * drawn before in this run, so that customers who register after the load keep getting free numbers.
 */
final class CustomerNumbers {

    private final Set<Long> taken = new HashSet<>();

    CustomerNumbers(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet numbers = statement.executeQuery("select number from customer")) {
            while (numbers.next()) {
                taken.add(numbers.getLong(1));
            }
        }
    }

    long next() {
        long number = CustomerNumber.random().value();
        while (!taken.add(number)) {
            number = CustomerNumber.random().value();
        }
        return number;
    }
}
