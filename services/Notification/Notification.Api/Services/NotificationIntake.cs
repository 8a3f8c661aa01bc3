using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts;
using Loyalty.Contracts.Notification;
using Loyalty.Notification.Api.Domain;
using Loyalty.Notification.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loyalty.Notification.Api.Services;

/// <summary>
/// Takes a request in: suppresses duplicates, unknown members and missing consent; renders the template (a missing
/// variable fails the request); stores the message before anything is sent, deferred to the end of quiet hours
/// when it is marketing and arrives inside them. Changes are staged on the DbContext for the caller to save.
/// </summary>
public sealed class NotificationIntake(
    NotificationDbContext db,
    IIntegrationEventOutbox outbox,
    TimeProvider timeProvider,
    PersonalDataProtector protector,
    DispatchSignal signal,
    IOptions<NotificationOptions> options)
{
    private readonly NotificationOptions _options = options.Value;

    public async Task<NotificationMessage?> AcceptAsync(NotificationRequested request, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();

        // One look-up for both kinds of repeat: the same request again (republished under a new event id: it has its
        // answer already), or another request with the same dedupe key for this member.
        var earlier = await db.Messages.AsNoTracking()
            .Where(m => m.RequestId == request.RequestId || (m.MemberId == request.MemberId && m.DedupeKey == request.DedupeKey && !m.IsDuplicate))
            .Select(m => m.RequestId)
            .ToListAsync(cancellationToken);
        if (earlier.Contains(request.RequestId))
        {
            return null;
        }

        var language = LanguageOf(request.Variables);
        if (earlier.Count > 0)
        {
            var duplicate = NotificationMessage.From(request, language, now, isDuplicate: true);
            db.Messages.Add(duplicate);
            outbox.Add(duplicate.Suppress(SuppressionReason.Duplicate, now));
            return duplicate;
        }

        var found = await db.Members.AsNoTracking()
            .Where(m => m.MemberId == request.MemberId)
            .Select(m => new
            {
                Member = m,
                Consented = db.Consents.Any(c => c.MemberId == m.MemberId && c.Channel == request.Channel && c.Purpose == request.Purpose && c.Granted),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null && now - request.OccurredAt < _options.UnknownMemberGrace)
        {
            throw new MemberNotKnownYetException(request.MemberId);
        }

        var message = NotificationMessage.From(request, language, now);
        db.Messages.Add(message);
        if (found is null)
        {
            outbox.Add(message.Suppress(SuppressionReason.UnknownMember, now));
            return message;
        }

        var member = found.Member;
        if (!found.Consented)
        {
            outbox.Add(message.Suppress(SuppressionReason.NoConsent, now));
            return message;
        }

        var template = await db.Templates.AsNoTracking().FirstOrDefaultAsync(t => t.Code == request.TemplateCode && t.Channel == request.Channel && t.Language == language, cancellationToken);
        if (template is null)
        {
            outbox.Add(message.Fail($"no template \"{request.TemplateCode}\" for {request.Channel} in {language}", now));
            return message;
        }

        var variables = WithMemberData(request.Variables, member, language);
        var (body, missing) = TemplateRenderer.Render(template.Body, variables);
        var (subject, missingInSubject) = template.Subject is null ? (null, []) : TemplateRenderer.Render(template.Subject, variables);
        var allMissing = missing.Union(missingInSubject).ToList();
        if (allMissing.Count > 0)
        {
            outbox.Add(message.Fail($"missing template variables: {string.Join(", ", allMissing)}", now));
            return message;
        }

        if (request.Channel == Channel.Email)
        {
            if (!variables.TryGetValue("email", out var email) || string.IsNullOrWhiteSpace(email))
            {
                outbox.Add(message.Fail("no email address: an email request needs the \"email\" variable", now));
                return message;
            }

            message.ProtectedRecipient = protector.Protect(email.Trim());
        }

        message.Subject = subject;
        message.Body = body;
        if (request.Purpose == ConsentPurpose.Marketing
            && _options.QuietHours.DeferUntil(now, _options.TimeZoneOf(member.HomeStoreId)) is { } until)
        {
            message.Defer(until, now);
        }

        signal.Notify();
        return message;
    }

    /// <summary>
    /// The request's variables plus, unless the request gave them, memberName and the home store's name in the
    /// message's language from this service's copy of the member, and the coupon's benefit worded for that language.
    /// </summary>
    public Dictionary<string, string> WithMemberData(IReadOnlyDictionary<string, string> requested, MemberContact member, string language)
    {
        var variables = new Dictionary<string, string>(requested, StringComparer.Ordinal);
        variables.TryAdd("memberName", member.Name);
        variables.TryAdd("store", _options.StoreName(member.HomeStoreId, language));
        CouponWording.AddBenefit(variables, language);
        return variables;
    }

    private string LanguageOf(IReadOnlyDictionary<string, string> variables) =>
        variables.TryGetValue("language", out var asked) && DefaultTemplates.Languages.FirstOrDefault(l => string.Equals(l, asked, StringComparison.OrdinalIgnoreCase)) is { } known
            ? known
            : _options.DefaultLanguage;
}
