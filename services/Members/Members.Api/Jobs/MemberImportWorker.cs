using Loyalty.BuildingBlocks.Scheduling;
using Loyalty.Members.Api.Application;

namespace Loyalty.Members.Api.Jobs;

/// <summary>
/// Works queued and interrupted import jobs a batch per round (<see cref="RunMemberImportJobs"/>), back to back while
/// there is work; otherwise waits for a new job's signal or the poll (which also picks up, after a restart, a job
/// left half-way).
/// </summary>
public sealed class MemberImportWorker(
    IServiceScopeFactory scopeFactory, MemberImportSignal signal, ILogger<MemberImportWorker> logger)
    : SignalledWorker(signal, logger)
{
    protected override int BatchSize => 1;

    protected override TimeSpan PollInterval => TimeSpan.FromSeconds(10);

    protected override async Task<int> RunRoundAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RunMemberImportJobs>().HandleAsync(cancellationToken)
            ? 1
            : 0;
    }
}
