-- Term targets (chỉ tiêu nhiệm kỳ) per unit and indicator, with optional yearly allocations ("2018=..;2019=..").
CREATE CACHED TABLE target (
    unit_code     VARCHAR(64)   NOT NULL,
    indicator     VARCHAR(100)  NOT NULL,
    comparison    VARCHAR(2)    NOT NULL,
    term_target   DECIMAL(30,6) NOT NULL,
    allocations   VARCHAR(400)  NOT NULL,
    note          VARCHAR(1000),
    PRIMARY KEY (unit_code, indicator)
);
