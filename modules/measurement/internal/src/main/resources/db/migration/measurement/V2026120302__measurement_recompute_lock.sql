-- One row whose lock serializes KPI recomputes (the scheduled job, the admin API, other replicas):
-- two recomputes of the same day would otherwise both delete and both insert its rows.
CREATE TABLE measurement_lock (
    name VARCHAR(40) PRIMARY KEY
);
INSERT INTO measurement_lock (name) VALUES ('kpi-recompute');
