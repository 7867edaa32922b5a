-- A handling unit's own change feed: which feed entries concern which unit (a proposal assigned to it as lead or
-- co-handling unit), so that a department's system reads the changes of its own assignments and nothing else.
-- Units never leave a proposal once assigned, so a unit's entries only ever grow.
CREATE TABLE change_feed_unit (
    unit_id  CHAR(36)  NOT NULL,
    seq      BIGINT    NOT NULL,
    CONSTRAINT pk_change_feed_unit PRIMARY KEY (unit_id, seq),
    CONSTRAINT fk_change_feed_unit_entry FOREIGN KEY (seq) REFERENCES change_feed (seq)
);

-- Entries written before this table: every change of a proposal, for the units it has now.
INSERT INTO change_feed_unit (unit_id, seq)
SELECT u.id, f.seq
FROM change_feed f
JOIN proposal p ON p.id = f.item_id
JOIN handling_unit u ON p.unit_ids LIKE '%' || u.id || '%'
WHERE f.item_type = 'proposal';
