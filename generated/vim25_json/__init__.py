"""A client library for accessing Virtual Infrastructure JSON API"""
