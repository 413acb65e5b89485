/**
 * The words a document says a retention period with: the noun, the verbs of keeping, data that stays
 * ("records stay readable for 7 days", "messages remain"), data that is readable for a while, and data
 * that expires after it. One pattern for every retention rule (SQS, Kinesis, DynamoDB Streams).
 */
export const RETENTION_WORDS =
  /\bretention(?:\s+period)?\b|\bretain(?:s|ed)?\b|\bkeeps?\b|\bkept\b|\bholds?\b|\bstores?\b|\bstored\b|\b(?:messages?|records?|data|events?|items?|changes?)\s+(?:will\s+|can\s+)?(?:stay|live|persist|remain)s?\b|\b(?:is|are)\s+(?:readable|available|accessible)\s+for\b|\b(?:expire[sd]?|deleted|purged|dropped)\s+after\b/i;
