"""The Monitoring Officer's breach digest: content (pure), periods, the query, rendering,
delivery once per period, the schedule inside `serve`, and `mailguard digest`.
"""
