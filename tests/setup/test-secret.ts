export const TEST_SECRET = 'test-secret-that-is-long-enough-for-payload'
