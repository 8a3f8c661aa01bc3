using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Contracts;
using Loyalty.Contracts.Notification;
using Loyalty.Notification.Api.Domain.Copies;
using Loyalty.Notification.Api.Domain.Messages;
using Loyalty.Notification.Api.Domain.Templates;
using Loyalty.Notification.Api.Infrastructure;
using Loyalty.Notification.Api.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loyalty.Notification.Api.Application;

/// <summary>
/// Takes a request in: suppresses duplicates, unknown and erased members and missing consent; renders the template (a missing
/// variable fails the request); stores the message before anything is sent, deferred to the end of quiet hours
/// when it is marketing or feedback and arrives inside them. Changes are staged on the DbContext for the caller to
/// save (the consumer's inbox transaction).
/// </summary>
public sealed class QueueNotification(
    NotificationDbContext db,
    IIntegrationEventOutbox outbox,
    TimeProvider timeProvider,
    PersonalDataProtector protector,
    DispatchSignal signal,
    IOptions<NotificationOptions> options)
{
    private readonly NotificationOptions _options = options.Value;

    public async Task<QueueOutcome> HandleAsync(NotificationRequested request, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();

        // One look-up for both kinds of repeat: the same request again (republished under a new event id: it has its
        // answer already), or another request with the same dedupe key for this member.
        var earlier = await db.Messages.AsNoTracking()
            .Where(m => m.RequestId == request.RequestId
                || (m.MemberId == request.MemberId && m.DedupeKey == request.DedupeKey && !m.IsDuplicate))
            .Select(m => m.RequestId)
            .ToListAsync(cancellationToken);
        if (earlier.Contains(request.RequestId))
        {
            return new QueueOutcome.Repeated();
        }

        var language = LanguageOf(request.Variables);
        if (earlier.Count > 0)
        {
            var duplicate = NotificationMessage.From(request, language, now, isDuplicate: true);
            db.Messages.Add(duplicate);
            return Suppress(duplicate, SuppressionReason.Duplicate, now);
        }

        var found = await db.Members.AsNoTracking()
            .Where(m => m.MemberId == request.MemberId)
            .Select(m => new
            {
                Member = m,
                Consented = db.Consents.Any(c => c.MemberId == m.MemberId && c.Channel == request.Channel
                    && c.Purpose == request.Purpose && c.Granted),
            })
            .FirstOrDefaultAsync(cancellationToken);
        // Her contact copy is gone once she is erased: then nothing is sent, and the suppression is all that is kept.
        var erased = found is null && await db.IsErasedAsync(request.MemberId, cancellationToken);
        if (found is null && !erased && now - request.OccurredAt < _options.UnknownMemberGrace)
        {
            throw new MemberNotKnownYetException(request.MemberId);
        }

        var message = NotificationMessage.From(request, language, now);
        db.Messages.Add(message);
        if (found is null)
        {
            return Suppress(message, erased ? SuppressionReason.MemberErased : SuppressionReason.UnknownMember, now);
        }

        if (!found.Consented && MemberConsent.IsNeededFor(request.Purpose))
        {
            return Suppress(message, SuppressionReason.NoConsent, now);
        }

        var key = new TemplateKey(request.TemplateCode, request.Channel, language);
        if (await db.Templates.FindAsync([key.Code, key.Channel, key.Language], cancellationToken) is not { } template)
        {
            return Fail(message, $"no template \"{key.Code}\" for {key.Channel} in {key.Language}", now);
        }

        var variables = WithMemberData(request.Variables, found.Member, language);
        var (subject, body, missing) = TemplateRenderer.RenderMessage(template.Subject, template.Body, variables);
        if (missing.Count > 0)
        {
            return Fail(message, $"missing template variables: {string.Join(", ", missing)}", now);
        }

        string? protectedEmail = null;
        if (request.Channel == Channel.Email)
        {
            if (!variables.TryGetValue("email", out var email) || string.IsNullOrWhiteSpace(email))
            {
                return Fail(message, "no email address: an email request needs the \"email\" variable", now);
            }

            protectedEmail = protector.Protect(email.Trim());
        }

        message.Rendered(subject, body!, protectedEmail);
        // Survey invitations keep quiet hours like marketing (but not its frequency caps: DispatchDueMessages).
        if (request.Purpose is ConsentPurpose.Marketing or ConsentPurpose.Feedback
            && _options.QuietHours.DeferUntil(now, _options.TimeZoneOf(found.Member.HomeStoreId)) is { } until)
        {
            message.Defer(until, now);
        }

        signal.Notify();
        return new QueueOutcome.Queued(message.DueAt);
    }

    /// <summary>
    /// The request's variables plus, unless the request gave them, memberName and the home store's name in the
    /// message's language from this service's copy of the member, and the coupon's benefit worded for that language.
    /// </summary>
    private Dictionary<string, string> WithMemberData(
        IReadOnlyDictionary<string, string> requested, MemberContact member, string language)
    {
        var variables = new Dictionary<string, string>(requested, StringComparer.Ordinal);
        variables.TryAdd("memberName", member.Name);
        variables.TryAdd("store", _options.StoreName(member.HomeStoreId, language));
        CouponWording.AddBenefit(variables, language);
        return variables;
    }

    private QueueOutcome.Suppressed Suppress(NotificationMessage message, SuppressionReason reason, DateTimeOffset now)
    {
        outbox.Add(message.Suppress(reason, now));
        return new QueueOutcome.Suppressed(reason);
    }

    private QueueOutcome.Failed Fail(NotificationMessage message, string error, DateTimeOffset now)
    {
        outbox.Add(message.Fail(error, now));
        return new QueueOutcome.Failed(error);
    }

    private string LanguageOf(IReadOnlyDictionary<string, string> variables) =>
        variables.TryGetValue("language", out var asked)
        && DefaultTemplates.Languages.FirstOrDefault(l => string.Equals(l, asked, StringComparison.OrdinalIgnoreCase))
            is { } known
            ? known
            : _options.DefaultLanguage;
}

/// <summary>How taking a request in ended.</summary>
public abstract record QueueOutcome
{
    /// <summary>The same request was taken in before; nothing new was stored.</summary>
    public sealed record Repeated : QueueOutcome;

    /// <summary>
    /// Stored as suppressed (duplicate, unknown or erased member, no consent); NotificationSuppressed staged.
    /// </summary>
    public sealed record Suppressed(SuppressionReason Reason) : QueueOutcome;

    /// <summary>Stored as failed (no template, a missing variable, no address); NotificationFailed staged.</summary>
    public sealed record Failed(string Error) : QueueOutcome;

    /// <summary>Rendered and stored for the dispatcher, due at <paramref name="DueAt"/>.</summary>
    public sealed record Queued(DateTimeOffset DueAt) : QueueOutcome;
}
