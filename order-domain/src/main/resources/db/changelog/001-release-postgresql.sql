--liquibase formatted sql

-- The schema of the last release before migrations (commit 634a05a), exactly as EclipseLink's
-- create-or-extend-tables made it on PostgreSQL. A database that release made already has it: the precondition marks
-- this changeset as run there instead of running it.

--changeset orderdesk:001-release-schema dbms:postgresql
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult:0 SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'customer_order' AND table_schema = current_schema()
CREATE SEQUENCE customer_number_seq START WITH 10000001 INCREMENT BY 1;

CREATE TABLE sequence (seq_name VARCHAR(50) NOT NULL PRIMARY KEY, seq_count NUMERIC(38,0));
-- EclipseLink's table generator updates this row; it no longer creates it.
INSERT INTO sequence (seq_name, seq_count) VALUES ('SEQ_GEN', 0);

CREATE TABLE account (id BIGINT NOT NULL PRIMARY KEY, displayname VARCHAR(120) NOT NULL, email VARCHAR(254) NOT NULL UNIQUE, failedlogins INTEGER, lockeduntil TIMESTAMP, passwordhash VARCHAR(400) NOT NULL, role VARCHAR(20) NOT NULL);
CREATE TABLE password_reset_token (id BIGINT NOT NULL PRIMARY KEY, expiresat TIMESTAMP NOT NULL, tokenhash VARCHAR(64) NOT NULL UNIQUE, usedat TIMESTAMP, account_id BIGINT);
CREATE TABLE customer (number BIGINT NOT NULL PRIMARY KEY, lastordersequence INTEGER, phone VARCHAR(30), preferredlanguage VARCHAR(2) NOT NULL, timezone VARCHAR(40) NOT NULL, address_city VARCHAR(100), address_flat VARCHAR(20), address_house VARCHAR(20), address_postcode VARCHAR(6), address_street VARCHAR(200), account_id BIGINT NOT NULL UNIQUE);
CREATE TABLE customer_cart (customer_number BIGINT, quantity INTEGER, sku VARCHAR(32));
CREATE TABLE category (id BIGINT NOT NULL PRIMARY KEY, code VARCHAR(40) NOT NULL UNIQUE, position INTEGER, en VARCHAR(2000) NOT NULL, ru VARCHAR(2000) NOT NULL);
CREATE TABLE product (id BIGINT NOT NULL PRIMARY KEY, sku VARCHAR(32) NOT NULL UNIQUE, stock INTEGER, version BIGINT, description_en VARCHAR(2000) NOT NULL, description_ru VARCHAR(2000) NOT NULL, name_en VARCHAR(200) NOT NULL, name_ru VARCHAR(200) NOT NULL, price NUMERIC(14,2) NOT NULL, category_id BIGINT);
CREATE TABLE product_picture (content BYTEA NOT NULL, contenttype VARCHAR(100) NOT NULL, product_id BIGINT NOT NULL PRIMARY KEY);
CREATE TABLE pickup_point (id BIGINT NOT NULL PRIMARY KEY, code VARCHAR(20) NOT NULL UNIQUE, address_en VARCHAR(400) NOT NULL, address_ru VARCHAR(400) NOT NULL, city_en VARCHAR(100), city_ru VARCHAR(100), name_en VARCHAR(200) NOT NULL, name_ru VARCHAR(200) NOT NULL, hours_en VARCHAR(200) NOT NULL, hours_ru VARCHAR(200) NOT NULL);
CREATE TABLE pickup_desk (operatoremail VARCHAR(254) NOT NULL PRIMARY KEY, pauseduntil TIMESTAMP, version BIGINT, wrongcodesinarow INTEGER, point_id BIGINT);
CREATE TABLE customer_order (id BIGINT NOT NULL PRIMARY KEY, cardlastdigits VARCHAR(4), checkouttoken VARCHAR(64) NOT NULL UNIQUE, completed BOOLEAN NOT NULL, deliverymethod VARCHAR(20) NOT NULL, itemcount INTEGER NOT NULL, number VARCHAR(13) NOT NULL UNIQUE, paymentmethod VARCHAR(20) NOT NULL, paymentstate VARCHAR(20) NOT NULL, pickupcode VARCHAR(8) NOT NULL, placedat TIMESTAMP NOT NULL, status VARCHAR(30) NOT NULL, storagedeadline TIMESTAMP, storageextended BOOLEAN NOT NULL, thumbnailsku VARCHAR(32) NOT NULL, version BIGINT, address_city VARCHAR(100), address_flat VARCHAR(20), address_house VARCHAR(20), address_postcode VARCHAR(6), address_street VARCHAR(200), delivery_price NUMERIC(14,2) NOT NULL, total NUMERIC(14,2) NOT NULL, customer_number BIGINT NOT NULL, pickuppoint_id BIGINT);
CREATE TABLE order_line (quantity INTEGER, sku VARCHAR(32) NOT NULL, name_en VARCHAR(200) NOT NULL, name_ru VARCHAR(200) NOT NULL, unit_price NUMERIC(14,2) NOT NULL, customerorder_id BIGINT, position INTEGER);
CREATE TABLE order_status_change (changed_at TIMESTAMP NOT NULL, changed_by VARCHAR(254) NOT NULL, from_status VARCHAR(30), reason VARCHAR(500), reason_code VARCHAR(30), to_status VARCHAR(30) NOT NULL, customerorder_id BIGINT, position INTEGER);
CREATE TABLE outbox_mail (id BIGINT NOT NULL PRIMARY KEY, attempts INTEGER, createdat TIMESTAMP NOT NULL, eventkey VARCHAR(100) NOT NULL, htmlbody TEXT, inlineqrcode VARCHAR(20), kind VARCHAR(40) NOT NULL, lasterror VARCHAR(2000), leaseuntil TIMESTAMP, nextattemptat TIMESTAMP NOT NULL, recipient VARCHAR(254) NOT NULL, resendof BIGINT, sentat TIMESTAMP, state VARCHAR(10) NOT NULL, subject VARCHAR(400) NOT NULL, textbody TEXT NOT NULL, CONSTRAINT uq_outbox_event UNIQUE (kind, eventkey));
CREATE TABLE support_ticket (id BIGINT NOT NULL PRIMARY KEY, assignedoperator VARCHAR(254), createdat TIMESTAMP NOT NULL, customerunread INTEGER NOT NULL, lastmessageat TIMESTAMP NOT NULL, ordernumber VARCHAR(13), status VARCHAR(30) NOT NULL, topic VARCHAR(30) NOT NULL, version BIGINT, customer_number BIGINT NOT NULL);
CREATE TABLE ticket_message (written_at TIMESTAMP NOT NULL, author_email VARCHAR(254) NOT NULL, author_role VARCHAR(10) NOT NULL, message_text VARCHAR(2000) NOT NULL, ticket_id BIGINT, position INTEGER);

CREATE INDEX ix_ticket_customer ON support_ticket (customer_number, lastmessageat);
CREATE INDEX ix_ticket_queue ON support_ticket (status, lastmessageat);
CREATE INDEX ix_order_status ON customer_order (status, storagedeadline);
CREATE INDEX ix_order_placed ON customer_order (placedat);
CREATE INDEX ix_order_pickup_code ON customer_order (pickupcode);
CREATE INDEX ix_order_customer_tab ON customer_order (customer_number, completed, number DESC);
CREATE INDEX ix_outbox_due ON outbox_mail (state, nextattemptat);
CREATE INDEX ix_product_category ON product (category_id);

ALTER TABLE pickup_desk ADD CONSTRAINT fk_pickup_desk_point_id FOREIGN KEY (point_id) REFERENCES pickup_point (id);
ALTER TABLE support_ticket ADD CONSTRAINT fk_support_ticket_customer_number FOREIGN KEY (customer_number) REFERENCES customer (number);
ALTER TABLE customer_cart ADD CONSTRAINT fk_customer_cart_customer_number FOREIGN KEY (customer_number) REFERENCES customer (number);
ALTER TABLE customer_order ADD CONSTRAINT fk_customer_order_pickuppoint_id FOREIGN KEY (pickuppoint_id) REFERENCES pickup_point (id);
ALTER TABLE customer_order ADD CONSTRAINT fk_customer_order_customer_number FOREIGN KEY (customer_number) REFERENCES customer (number);
ALTER TABLE order_line ADD CONSTRAINT fk_order_line_customerorder_id FOREIGN KEY (customerorder_id) REFERENCES customer_order (id);
ALTER TABLE customer ADD CONSTRAINT fk_customer_account_id FOREIGN KEY (account_id) REFERENCES account (id);
ALTER TABLE order_status_change ADD CONSTRAINT fk_order_status_change_customerorder_id FOREIGN KEY (customerorder_id) REFERENCES customer_order (id);
ALTER TABLE ticket_message ADD CONSTRAINT fk_ticket_message_ticket_id FOREIGN KEY (ticket_id) REFERENCES support_ticket (id);
ALTER TABLE product_picture ADD CONSTRAINT fk_product_picture_product_id FOREIGN KEY (product_id) REFERENCES product (id);
ALTER TABLE password_reset_token ADD CONSTRAINT fk_password_reset_token_account_id FOREIGN KEY (account_id) REFERENCES account (id);
ALTER TABLE product ADD CONSTRAINT fk_product_category_id FOREIGN KEY (category_id) REFERENCES category (id);
