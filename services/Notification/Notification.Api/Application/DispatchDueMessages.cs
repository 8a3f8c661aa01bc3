using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Contracts;
using Loyalty.Contracts.Notification;
using Loyalty.Notification.Api.Domain.Copies;
using Loyalty.Notification.Api.Domain.Messages;
using Loyalty.Notification.Api.Infrastructure;
using Loyalty.Notification.Api.Infrastructure.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loyalty.Notification.Api.Application;

/// <summary>
/// One dispatcher round: locks the due messages (queued, deferred, retry-due) in row order, skipping those another
/// replica holds, so replicas share the work; checks consent again (it may have been withdrawn while the message
/// waited), quiet hours and the caps (marketing), sends through the channel's provider and records the outcome with
/// its event in the same transaction.
/// </summary>
public sealed partial class DispatchDueMessages(
    NotificationDbContext db,
    IIntegrationEventOutbox outbox,
    TimeProvider timeProvider,
    FrequencyCap cap,
    ProviderSelector providers,
    PersonalDataProtector protector,
    IOptions<NotificationOptions> options,
    ILogger<DispatchDueMessages> logger)
{
    private readonly NotificationOptions _options = options.Value;

    /// <summary>
    /// Handles one batch of due messages; returns how many it took (a full batch means more may be waiting).
    /// </summary>
    public Task<int> HandleAsync(CancellationToken cancellationToken) =>
        db.RunAsync(DispatchBatchAsync, cancellationToken);

    private async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var batch = await db.Messages
            .Where(m => (m.Status == MessageStatus.Queued || m.Status == MessageStatus.Deferred) && m.DueAt <= now)
            .OrderBy(m => m.Id)
            .Take(_options.BatchSize)
            .ForUpdateSkipLocked()
            .ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        var (sendable, countedNow) = await CheckAsync(batch, now, cancellationToken);
        foreach (var window in sendable.Chunk(Math.Max(1, _options.SendConcurrency)))
        {
            var sends = window.Select(s => (s.Message, Send: SendAsync(s.Message, s.Member, cancellationToken)))
                .ToList();
            foreach (var (message, send) in sends)
            {
                var (provider, result) = await send;
                Record(message, provider, result, timeProvider.GetUtcNow());
                // A message that failed for good was never received, so it gives its place under the caps back. Only
                // when it was counted in this pass: the windows of an earlier pass are not kept, so such a place stays
                // used.
                if (message.Status == MessageStatus.Failed && countedNow.TryGetValue(message, out var windows))
                {
                    await cap.ReturnAsync(message.MemberId, message.Channel, windows);
                    message.ReturnCapPlace();
                }
            }
        }

        return batch.Count;
    }

    /// <summary>
    /// The messages of the batch that may go now, with their member; suppresses those without consent or over the
    /// caps and defers marketing inside quiet hours. Also the cap windows each message was counted in by this pass.
    /// </summary>
    private async Task<(List<(NotificationMessage Message, MemberContact Member)> Sendable,
        Dictionary<NotificationMessage, (string Day, string Week)> CountedNow)> CheckAsync(
        List<NotificationMessage> batch, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var memberIds = batch.Select(m => m.MemberId).Distinct().ToList();
        var members = await db.Members.AsNoTracking().Where(m => memberIds.Contains(m.MemberId))
            .ToDictionaryAsync(m => m.MemberId, cancellationToken);
        var consents = (await db.Consents.AsNoTracking()
                .Where(c => memberIds.Contains(c.MemberId) && c.Granted)
                .Select(c => new { c.MemberId, c.Channel, c.Purpose })
                .ToListAsync(cancellationToken))
            .Select(c => (c.MemberId, c.Channel, c.Purpose))
            .ToHashSet();

        // Checks in row order; cap scripts are issued in that order too (Redis runs them in order), then awaited
        // together.
        var candidates = new List<(NotificationMessage Message, MemberContact Member, Task<bool>? CapTaken)>();
        var countedNow = new Dictionary<NotificationMessage, (string Day, string Week)>();
        foreach (var message in batch)
        {
            if (!members.TryGetValue(message.MemberId, out var member)
                || (MemberConsent.IsNeededFor(message.Purpose)
                    && !consents.Contains((message.MemberId, message.Channel, message.Purpose))))
            {
                outbox.Add(message.Suppress(SuppressionReason.NoConsent, now));
                continue;
            }

            var zone = _options.TimeZoneOf(member.HomeStoreId);
            Task<bool>? capTaken = null;
            // Quiet hours hold marketing and survey invitations; the frequency caps count marketing only.
            if (message.Purpose is ConsentPurpose.Marketing or ConsentPurpose.Feedback
                && _options.QuietHours.DeferUntil(now, zone) is { } until)
            {
                message.Defer(until, now);
                continue;
            }

            if (message.Purpose == ConsentPurpose.Marketing)
            {
                if (!message.CountedAgainstCap)
                {
                    var windows = CapWindows.At(now, zone);
                    capTaken = cap.TryTakeAsync(
                        message.MemberId, message.Channel, windows, _options.MarketingPerDay, _options.MarketingPerWeek);
                    countedNow[message] = windows;
                }
            }

            candidates.Add((message, member, capTaken));
        }

        var sendable = new List<(NotificationMessage Message, MemberContact Member)>();
        foreach (var (message, member, capTaken) in candidates)
        {
            if (capTaken is not null)
            {
                if (!await capTaken)
                {
                    outbox.Add(message.Suppress(SuppressionReason.FrequencyCap, now));
                    continue;
                }

                message.CountAgainstCap();
            }

            sendable.Add((message, member));
        }

        return (sendable, countedNow);
    }

    private async Task<(string Provider, DeliveryResult Result)> SendAsync(
        NotificationMessage message, MemberContact member, CancellationToken cancellationToken)
    {
        var provider = providers.For(message.Channel);
        try
        {
            var recipient = message.Channel switch
            {
                Channel.Sms => protector.Unprotect(member.ProtectedPhone),
                Channel.Email => message.ProtectedRecipient is { } email
                    ? protector.Unprotect(email)
                    : throw new InvalidOperationException("email message without an address"),
                _ => message.MemberId.ToString(),
            };
            var outgoing = new OutgoingMessage(message.Id, message.RequestId, message.MemberId, message.Channel,
                recipient, message.TemplateCode, message.Language, message.Subject, message.Body ?? string.Empty);
            return (provider.Name, await provider.SendAsync(outgoing, cancellationToken));
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogProviderThrew(ex, message.Id, provider.Name);
            return (provider.Name, DeliveryResult.Transient($"{provider.Name} provider threw {ex.GetType().Name}"));
        }
    }

    private void Record(NotificationMessage message, string provider, DeliveryResult result, DateTimeOffset now)
    {
        message.CountAttempt();
        switch (result.Outcome)
        {
            case DeliveryOutcome.Accepted or DeliveryOutcome.Delivered:
                var providerMessageId = result.ProviderMessageId ?? $"{provider}-{message.Id}";
                var delivered = result.Outcome == DeliveryOutcome.Delivered;
                outbox.Add(message.MarkSent(provider, providerMessageId, delivered, now));
                break;
            case DeliveryOutcome.TransientFailure when message.Attempts < _options.MaxAttempts:
                var retryAt = now + _options.RetryDelayAfter(message.Attempts);
                message.RetryAt(retryAt, result.Error ?? "transient failure", now);
                LogRetry(message.Id, message.Channel, provider, message.Attempts, result.Error);
                break;
            default:
                outbox.Add(message.Fail(result.Error ?? "failed", now));
                LogFailed(message.Id, message.Channel, provider, message.Attempts, result.Error);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Message {MessageId} via {Provider} threw; treated as a transient failure")]
    private partial void LogProviderThrew(Exception exception, long messageId, string provider);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Message {MessageId} ({Channel}) via {Provider} failed transiently on attempt {Attempts}: {Error}; "
            + "retrying later")]
    private partial void LogRetry(long messageId, Channel channel, string provider, int attempts, string? error);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Message {MessageId} ({Channel}) via {Provider} failed for good after {Attempts} attempts: {Error}")]
    private partial void LogFailed(long messageId, Channel channel, string provider, int attempts, string? error);
}
