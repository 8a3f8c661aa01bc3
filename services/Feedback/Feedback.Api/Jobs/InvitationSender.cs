using Loyalty.BuildingBlocks.Scheduling;
using Loyalty.Feedback.Api.Application;
using Microsoft.Extensions.Options;

namespace Loyalty.Feedback.Api.Jobs;

/// <summary>Every SendInterval, sends the invitations that are due (<see cref="SendDueInvitations"/>).</summary>
public sealed class InvitationSender(
    IServiceScopeFactory scopeFactory,
    TimeProvider timeProvider,
    IOptions<FeedbackOptions> options,
    ILogger<InvitationSender> logger) : PeriodicJob(scopeFactory, timeProvider, logger)
{
    protected override TimeSpan Interval => options.Value.SendInterval;

    protected override async Task<string> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var sender = services.GetRequiredService<SendDueInvitations>();
        var total = 0;
        int sent;
        do
        {
            sent = await sender.HandleAsync(cancellationToken);
            total += sent;
        }
        while (sent == options.Value.SendBatchSize);

        return $"{total} invitations sent";
    }
}
