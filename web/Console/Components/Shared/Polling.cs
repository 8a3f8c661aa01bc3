namespace Loyalty.Console.Components.Shared;

/// <summary>
/// A page's figures followed every few seconds while it is open, as the dashboard follows activity: the tick is the
/// page's own reload (through its InvokeAsync); disposing the page stops it.
/// </summary>
public sealed class Polling : IAsyncDisposable
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _stopping = new();

    public Polling(Func<Task> tick) => _ = FollowAsync(tick);

    private async Task FollowAsync(Func<Task> tick)
    {
        using var timer = new PeriodicTimer(Every);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token))
            {
                await tick();
            }
        }
        catch (OperationCanceledException)
        {
            // The page was left.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _stopping.Dispose();
    }
}
