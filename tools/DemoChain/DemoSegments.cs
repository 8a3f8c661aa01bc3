namespace Loyalty.DemoChain;

/// <summary>
/// After the history: everyone rescored and the models refitted, a rule segment, and the segments settled.
/// </summary>
internal static class DemoSegments
{
    /// <summary>Returns the segments' sizes once they have settled.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> PrepareAsync(
        GatewayClient api, string admin, Action<string> report, CancellationToken cancellationToken)
    {
        await SettledAsync(api, admin, cancellationToken);
        await api.SendJsonAsync(admin, HttpMethod.Post, "/api/segments/recompute", null, cancellationToken);
        // 409 below the models' minimum of members with purchases (a small demo): the predictions wait for more.
        var refit = await api.SendJsonAsync(
            admin, HttpMethod.Post, "/api/segments/models/refit", null, cancellationToken);
        await api.SendJsonAsync(admin, HttpMethod.Post, "/api/segments/rules", new
        {
            slug = "demo-laser-women",
            name = "激光爱好者 女 25-45",
            criteria = new { minAge = 25, maxAge = 45, genders = new[] { "Female" }, tags = new[] { "laser" } },
        }, cancellationToken);
        var sizes = await SettledAsync(api, admin, cancellationToken);
        report($"segments rescored{(refit is null ? "" : ", models refitted")}: "
            + string.Join(", ", sizes.Where(s => s.Key.StartsWith("lifecycle-", StringComparison.Ordinal))
                .Select(s => $"{s.Key} {s.Value:N0}")));
        return sizes;
    }

    /// <summary>
    /// Waits until the segment sizes stop changing (Segmentation has handled the purchases' events), for at most two
    /// minutes, and returns them.
    /// </summary>
    private static async Task<Dictionary<string, int>> SettledAsync(
        GatewayClient api, string admin, CancellationToken cancellationToken)
    {
        var previous = new Dictionary<string, int>();
        for (var round = 0; round < 40; round++)
        {
            var sizes = (await api.GetAsync(admin, "/api/segments", cancellationToken))!.Value.EnumerateArray()
                .ToDictionary(s => s.GetProperty("code").GetString()!, s => s.GetProperty("members").GetInt32());
            if (round > 0 && sizes.Count == previous.Count
                && sizes.All(s => previous.GetValueOrDefault(s.Key) == s.Value))
            {
                return sizes;
            }

            previous = sizes;
            await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
        }

        return previous;
    }
}
