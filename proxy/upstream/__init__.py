"""What answers a forwarded call: litellm for real endpoints, built-ins for local ones."""
