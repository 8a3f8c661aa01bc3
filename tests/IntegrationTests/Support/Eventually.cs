using System.Diagnostics;

namespace Loyalty.IntegrationTests.Support;

public static class Eventually
{
    /// <summary>Polls until the condition holds; fails with <paramref name="what"/> when the time is up.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout)
            {
                Assert.Fail($"Not within {timeout.TotalSeconds:F0} s: {what}");
            }

            await Task.Delay(100);
        }
    }
}
