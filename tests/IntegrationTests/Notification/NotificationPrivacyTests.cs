using System.Text.Json;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Contracts;
using Loyalty.Contracts.Members;
using Loyalty.Contracts.Notification;
using Loyalty.Contracts.Privacy;
using Loyalty.Notification.Api.Application;
using Loyalty.Notification.Api.Domain.Messages;
using Loyalty.Notification.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.IntegrationTests.Notification;

/// <summary>
/// Notification's answers to a member's data rights on the real schema: her export part, an erasure that leaves
/// nothing to read or send, and the retention policy for old messages' content. The use cases run as their consumers
/// run them, in one transaction with the outbox.
/// </summary>
public class NotificationPrivacyTests
{
    // 10:00 on Monday 23 November 2026 in Shanghai.
    private static readonly DateTimeOffset ShanghaiMorning = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Her_export_part_holds_her_messages_contact_copy_with_the_phone_masked_and_consents()
    {
        await using var notification = await StartAsync();
        var member = await notification.AddMemberAsync(consents: [(Channel.Sms, ConsentPurpose.Transactional)]);
        await notification.AcceptAsync(notification.Request(member, ConsentPurpose.Transactional, "coupon-1"));
        Assert.Equal(1, await notification.DispatchAsync());
        var (request, strangers) = (Guid.NewGuid(), Guid.NewGuid());

        await InTransactionAsync(notification, (db, outbox) => Export(notification, db, outbox).HandleAsync(
            new MemberDataExportRequested(request, member, ShanghaiMorning) { OccurredAt = ShanghaiMorning },
            CancellationToken.None));
        await InTransactionAsync(notification, (db, outbox) => Export(notification, db, outbox).HandleAsync(
            new MemberDataExportRequested(strangers, Guid.NewGuid(), ShanghaiMorning)
            {
                OccurredAt = ShanghaiMorning,
            }, CancellationToken.None));

        var part = await PartAsync(notification, request);
        Assert.True(part.GetProperty("known").GetBoolean());
        Assert.Equal("消息：共 1 条（已发送 1 条，未发送 0 条）；联系人副本：王丽，手机 139****5678",
            part.GetProperty("summary").GetString());
        Assert.Equal(("王丽", "139****5678"), (part.GetProperty("contact").GetProperty("name").GetString(),
            part.GetProperty("contact").GetProperty("phone").GetString()));
        var message = Assert.Single(part.GetProperty("messages").EnumerateArray());
        Assert.Equal(("coupon-issued", "Delivered"), (message.GetProperty("templateCode").GetString(),
            message.GetProperty("status").GetString()));
        Assert.Contains("CPN-7Q4M", message.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal("Transactional", Assert.Single(part.GetProperty("consents").EnumerateArray())
            .GetProperty("purpose").GetString());
        Assert.False((await PartAsync(notification, strangers)).GetProperty("known").GetBoolean());
    }

    [Fact]
    public async Task Erasure_deletes_her_contact_clears_her_messages_cancels_pending_ones_and_suppresses_later_ones()
    {
        await using var notification = await StartAsync();
        var member = await notification.AddMemberAsync(consents: [(Channel.Sms, ConsentPurpose.Transactional)]);
        var sent = notification.Request(member, ConsentPurpose.Transactional, "coupon-1");
        await notification.AcceptAsync(sent);
        Assert.Equal(1, await notification.DispatchAsync());
        var pending = notification.Request(member, ConsentPurpose.Transactional, "coupon-2");
        await notification.AcceptAsync(pending);
        var request = Guid.NewGuid();

        await EraseAsync(notification, request, member);

        await using (var db = notification.NewContext())
        {
            Assert.False(await db.Members.AnyAsync(m => m.MemberId == member));
            Assert.False(await db.Consents.AnyAsync(c => c.MemberId == member));
            Assert.Equal(request, (await db.Set<ErasedMember>().SingleAsync(e => e.MemberId == member)).RequestId);
        }

        var messages = await notification.MessagesAsync(member);
        Assert.All(messages, m => Assert.Equal((null, null, null, true),
            (m.Subject, m.Body, m.ProtectedRecipient, m.ContentClearedAt.HasValue)));
        Assert.Equal(
            [
                (MessageStatus.Delivered, null, "coupon-issued"),
                (MessageStatus.Suppressed, SuppressionReason.MemberErased, "coupon-issued"),
            ],
            messages.Select(m => (m.Status, m.SuppressionReason, m.TemplateCode)));
        Assert.Equal(["NotificationSuppressed"], await notification.EventsForAsync(pending.RequestId));
        Assert.Equal(0, await notification.DispatchAsync());

        // A later request is kept only as its suppression; a replayed registration or consent keeps nothing.
        var later = notification.Request(member, ConsentPurpose.Transactional, "tier-changed:1");
        await notification.AcceptAsync(later);
        var suppressed = await notification.MessageAsync(later.RequestId);
        Assert.Equal((MessageStatus.Suppressed, SuppressionReason.MemberErased, (string?)null),
            (suppressed.Status, suppressed.SuppressionReason, suppressed.Body));
        await InTransactionAsync(notification, async (db, _) =>
        {
            var contacts = new KeepMemberContact(db, notification.Protector);
            await contacts.HandleAsync(new MemberRegistered(member, "13912345678", "王丽", Gender.Female,
                new DateOnly(1990, 5, 20), "SH-JINGAN-01", "ABCDEFGH", null, Tier.Standard, ShanghaiMorning)
            {
                OccurredAt = ShanghaiMorning,
            }, CancellationToken.None);
            await new KeepConsent(db).HandleAsync(new MemberConsentChanged(member, Channel.Sms,
                ConsentPurpose.Marketing, true, "app", ShanghaiMorning)
            {
                OccurredAt = ShanghaiMorning,
            }, CancellationToken.None);
        });
        await using (var db = notification.NewContext())
        {
            Assert.False(await db.Members.AnyAsync(m => m.MemberId == member));
            Assert.False(await db.Consents.AnyAsync(c => c.MemberId == member));
        }

        // Asked again: nothing changes, and it is answered again.
        await EraseAsync(notification, Guid.NewGuid(), member);
        Assert.Equal(2, await CountAsync(notification, ".MemberErased", member));
        Assert.Equal(3, (await notification.MessagesAsync(member)).Count);
    }

    [Fact]
    public async Task The_retention_job_clears_what_messages_older_than_six_months_said_and_keeps_what_counts()
    {
        await using var notification = await StartAsync();
        var member = await notification.AddMemberAsync(consents: [(Channel.Sms, ConsentPurpose.Transactional)]);
        var old = notification.Request(member, ConsentPurpose.Transactional, "coupon-old");
        await notification.AcceptAsync(old);
        Assert.Equal(1, await notification.DispatchAsync());

        notification.Clock.Advance(TimeSpan.FromDays(182)); // six months and a day or so on
        var recent = notification.Request(member, ConsentPurpose.Transactional, "coupon-new");
        await notification.AcceptAsync(recent);
        Assert.Equal(1, await notification.DispatchAsync());
        int cleared;
        await using (var db = notification.NewContext())
        {
            var retention = Microsoft.Extensions.Options.Options.Create(new MessageRetentionOptions());
            cleared = await new ClearOldMessageContent(db, notification.Clock, retention)
                .HandleAsync(CancellationToken.None);
        }

        Assert.Equal(1, cleared);
        var kept = await notification.MessageAsync(old.RequestId);
        Assert.Equal((null, MessageStatus.Delivered, "coupon-issued", Channel.Sms, true),
            (kept.Body, kept.Status, kept.TemplateCode, kept.Channel, kept.SentAt.HasValue));
        Assert.Equal(notification.Clock.GetUtcNow(), kept.ContentClearedAt);
        Assert.Contains("CPN-7Q4M", (await notification.MessageAsync(recent.RequestId)).Body, StringComparison.Ordinal);
    }

    private static async Task<NotificationHarness> StartAsync()
    {
        var harness = new NotificationHarness(ShanghaiMorning);
        await harness.InitializeAsync();
        return harness;
    }

    private static ExportMemberData Export(
        NotificationHarness notification, NotificationDbContext db, IIntegrationEventOutbox outbox) =>
        new(db, notification.Protector, outbox, notification.Clock);

    private static Task EraseAsync(NotificationHarness notification, Guid requestId, Guid memberId) =>
        InTransactionAsync(notification, (db, outbox) => new EraseMember(db, outbox, notification.Clock).HandleAsync(
            new MemberErasureRequested(requestId, memberId, ErasureGround.MemberRequest, ShanghaiMorning)
            {
                OccurredAt = ShanghaiMorning,
            }, CancellationToken.None));

    /// <summary>As a consumer runs its use case: one transaction, saved with the outbox.</summary>
    private static async Task InTransactionAsync(
        NotificationHarness notification, Func<NotificationDbContext, IIntegrationEventOutbox, Task> work)
    {
        await using var db = notification.NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await work(db, new IntegrationEventOutbox<NotificationDbContext>(db, notification.Clock));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    private static async Task<JsonElement> PartAsync(NotificationHarness notification, Guid requestId)
    {
        await using var db = notification.NewContext();
        var payloads = await db.Set<OutboxMessage>().Where(m => m.EventType.EndsWith(".MemberDataExportPartProduced"))
            .Select(m => m.Payload).ToListAsync();
        var produced = payloads.Select(p => JsonDocument.Parse(p).RootElement)
            .Single(p => p.GetProperty("requestId").GetGuid() == requestId);
        Assert.Equal("notification", produced.GetProperty("service").GetString());
        return JsonDocument.Parse(produced.GetProperty("part").GetString()!).RootElement;
    }

    private static async Task<int> CountAsync(NotificationHarness notification, string eventType, Guid memberId)
    {
        await using var db = notification.NewContext();
        var payloads = await db.Set<OutboxMessage>().Where(m => m.EventType.EndsWith(eventType)).Select(m => m.Payload)
            .ToListAsync();
        return payloads.Count(p => p.Contains(memberId.ToString(), StringComparison.Ordinal));
    }
}
