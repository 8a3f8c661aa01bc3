using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Contracts;
using Loyalty.Contracts.Notification;
using Loyalty.Contracts.Privacy;
using Loyalty.Notification.Api.Domain.Messages;
using Loyalty.Notification.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Notification.Api.Application;

/// <summary>
/// Notification's part of a member's data export: the messages sent or suppressed to her (with their text while it is
/// kept), her contact copy (the phone masked) and the consent copies messages are checked against. Runs in the
/// consumer's inbox transaction; stages one part.
/// </summary>
public sealed class ExportMemberData(
    NotificationDbContext db,
    PersonalDataProtector protector,
    IIntegrationEventOutbox outbox,
    TimeProvider timeProvider)
{
    public const string Service = "notification";

    public async Task HandleAsync(MemberDataExportRequested request, CancellationToken cancellationToken)
    {
        var memberId = request.MemberId;
        var contact = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.MemberId == memberId, cancellationToken);
        var consents = await db.Consents.AsNoTracking().Where(c => c.MemberId == memberId)
            .OrderBy(c => c.Channel).ThenBy(c => c.Purpose)
            .Select(c => new ConsentPart(c.Channel, c.Purpose, c.Granted, c.ChangedAt))
            .ToListAsync(cancellationToken);
        var messages = await db.Messages.AsNoTracking().Where(m => m.MemberId == memberId).OrderBy(m => m.Id)
            .Select(m => new MessagePart(m.RequestedAt, m.SentAt, m.Channel, m.Purpose, m.TemplateCode, m.Language,
                m.Status, m.SuppressionReason, m.Subject,
                m.Purpose == ConsentPurpose.SignIn ? null : m.Body, // a code is a key to her account, not her data
                m.ContentClearedAt))
            .ToListAsync(cancellationToken);
        var contactPart = contact is null
            ? null
            : new ContactPart(contact.Name, MaskedPhone(protector.Unprotect(contact.ProtectedPhone)),
                contact.HomeStoreId, contact.Tier, contact.UpdatedAt);
        var part = new NotificationPart(
            memberId,
            Known: contact is not null || consents.Count > 0 || messages.Count > 0,
            Summary(contactPart, messages),
            contactPart,
            consents,
            messages);
        var now = timeProvider.GetUtcNow();
        outbox.Add(new MemberDataExportPartProduced(
            request.RequestId, memberId, Service, DataExportJson.Serialize(part), now) { OccurredAt = now });
    }

    /// <summary>138****8000: enough for her to recognise her number, not enough to call it.</summary>
    public static string MaskedPhone(string phone)
    {
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        digits = digits.Length > 11 && digits.StartsWith("86", StringComparison.Ordinal) ? digits[2..] : digits;
        return digits.Length < 7 ? new string('*', digits.Length) : $"{digits[..3]}****{digits[^4..]}";
    }

    private static string Summary(ContactPart? contact, IReadOnlyCollection<MessagePart> messages)
    {
        var sent = messages.Count(m => m.Status is MessageStatus.Sent or MessageStatus.Delivered);
        var suppressed = messages.Count(m => m.Status == MessageStatus.Suppressed);
        var line = $"消息：共 {messages.Count} 条（已发送 {sent} 条，未发送 {suppressed} 条）";
        return contact is null ? line : $"{line}；联系人副本：{contact.Name}，手机 {contact.Phone}";
    }

    // Known: whether Notification holds anything about her. Contact: the copy messages are addressed with.
    private sealed record NotificationPart(
        Guid MemberId,
        bool Known,
        string Summary,
        ContactPart? Contact,
        IReadOnlyList<ConsentPart> Consents,
        IReadOnlyList<MessagePart> Messages);

    private sealed record ContactPart(
        string Name, string Phone, string HomeStoreId, Tier Tier, DateTimeOffset StatedAt);

    private sealed record ConsentPart(
        Channel Channel, ConsentPurpose Purpose, bool Granted, DateTimeOffset ChangedAt);

    // Subject and Body are null once cleared (ContentClearedAt: her erasure or the retention policy).
    private sealed record MessagePart(
        DateTimeOffset RequestedAt,
        DateTimeOffset? SentAt,
        Channel Channel,
        ConsentPurpose Purpose,
        string TemplateCode,
        string Language,
        MessageStatus Status,
        SuppressionReason? SuppressionReason,
        string? Subject,
        string? Body,
        DateTimeOffset? ContentClearedAt);
}
