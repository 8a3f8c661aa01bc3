namespace Loyalty.Feedback.Api.Apis;

/// <summary>
/// Required fields a request's JSON left out: the JSON rules refuse an explicit null, but a missing property reaches
/// the record as null, so the endpoint names it (400) before anything else looks at the request.
/// </summary>
internal static class Fields
{
    public static Dictionary<string, string[]> Missing(params (string Field, object? Value)[] fields) =>
        fields.Where(f => f.Value is null)
            .ToDictionary(f => f.Field, f => new[] { $"{f.Field} is required." });
}
