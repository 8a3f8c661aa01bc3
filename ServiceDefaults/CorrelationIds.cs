namespace Loyalty.ServiceDefaults;

/// <summary>
/// Names under which the request's correlation id travels: HTTP header, Activity baggage, message header.
/// </summary>
public static class CorrelationIds
{
    public const string HeaderName = "X-Correlation-Id";

    public const string BaggageKey = "correlation.id";
}
