namespace Loyalty.BuildingBlocks.Scheduling;

/// <summary>
/// Wakes a <see cref="SignalledWorker"/> when new work is committed, so it does not wait for its next poll. Many
/// notifications before the worker wakes are one wake-up. Each worker has its own subclass, so each is its own
/// singleton in DI.
/// </summary>
public abstract class WakeSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        if (_signal.CurrentCount > 0)
        {
            return;
        }

        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Another thread signalled first; one wake-up is enough.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _signal.WaitAsync(timeout, cancellationToken);
}
