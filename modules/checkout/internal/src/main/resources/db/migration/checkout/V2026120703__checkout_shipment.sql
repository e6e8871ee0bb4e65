-- The parcel's carrier and tracking number, given when the order is fulfilled (docs/checkout.md).
ALTER TABLE checkout_order ADD COLUMN carrier VARCHAR(100);
ALTER TABLE checkout_order ADD COLUMN tracking_number VARCHAR(100);
