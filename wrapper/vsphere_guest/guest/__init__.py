"""One guest operation as a flow: transfers with retries, listings, the guest file verbs."""
