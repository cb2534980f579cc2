-- Until this version intake wrote each appeal's search terms itself and left `indexed` at 0, while
-- the indexing job was never queued. Those appeals are indexed: the job must not redo them all.
UPDATE appeals SET indexed = 1 WHERE indexed = 0;
