using System.Text.Json;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Contracts.Privacy;
using Loyalty.Identity.Api.Application;
using Loyalty.Identity.Api.Domain.Copies;
using Loyalty.Identity.Api.Infrastructure;
using Loyalty.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Loyalty.IntegrationTests.Identity;

/// <summary>
/// Identity's answers to a member's data rights on the real schema, with OpenIddict's own token manager and store:
/// her export part, and an erasure that leaves her no way to sign in.
/// </summary>
public class IdentityPrivacyTests
{
    private const string Phone = "13812345678";
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Her_export_part_says_she_has_a_login_and_lists_her_tokens_without_the_phone_hash()
    {
        await using var database = new TestDatabase("it_idpriv");
        await using var services = await ServicesAsync(database);
        var member = Guid.CreateVersion7();
        await SignedInAsync(services, member);
        var (request, strangers) = (Guid.NewGuid(), Guid.NewGuid());

        await InTransactionAsync(services, (scope, db, outbox) => Export(scope, db, outbox).HandleAsync(
            new MemberDataExportRequested(request, member, Now) { OccurredAt = Now }, CancellationToken.None));
        await InTransactionAsync(services, (scope, db, outbox) => Export(scope, db, outbox).HandleAsync(
            new MemberDataExportRequested(strangers, Guid.NewGuid(), Now) { OccurredAt = Now },
            CancellationToken.None));

        var (part, text) = await PartAsync(services, request);
        Assert.True(part.GetProperty("known").GetBoolean());
        Assert.Equal("phone-code", part.GetProperty("login").GetProperty("method").GetString());
        var token = Assert.Single(part.GetProperty("signIns").EnumerateArray());
        Assert.Equal((TokenTypeIdentifiers.RefreshToken, Statuses.Valid), (token.GetProperty("tokenType").GetString(),
            token.GetProperty("status").GetString()));
        Assert.StartsWith("登录：可用手机验证码登录", part.GetProperty("summary").GetString(), StringComparison.Ordinal);
        await using (var scope = services.CreateAsyncScope())
        {
            var hash = (await scope.ServiceProvider.GetRequiredService<IdentityServiceDbContext>().MemberLogins
                .SingleAsync(m => m.MemberId == member)).PhoneHash;
            Assert.DoesNotContain(hash, text, StringComparison.Ordinal);
        }

        Assert.False((await PartAsync(services, strangers)).Part.GetProperty("known").GetBoolean());
    }

    [Fact]
    public async Task Erasure_deletes_her_login_revokes_her_tokens_and_a_redelivered_registration_recreates_nothing()
    {
        await using var database = new TestDatabase("it_idpriv");
        await using var services = await ServicesAsync(database);
        var (member, other) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await SignedInAsync(services, member);
        await SignedInAsync(services, other, "13912345678");
        var request = Guid.NewGuid();

        await EraseAsync(services, request, member);

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IdentityServiceDbContext>();
            Assert.Equal([other], await db.MemberLogins.Select(m => m.MemberId).ToListAsync());
            Assert.Equal(request, (await db.Set<ErasedMember>().SingleAsync()).RequestId);
            Assert.Equal(Statuses.Revoked, await StatusOfTokenAsync(scope, member));
            Assert.Equal(Statuses.Valid, await StatusOfTokenAsync(scope, other));
        }

        await InTransactionAsync(services, (scope, db, _) => new KeepMemberLogin(db, Phones(scope))
            .HandleAsync(member, Phone, Now.AddMinutes(1), CancellationToken.None));
        await EraseAsync(services, Guid.NewGuid(), member);

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IdentityServiceDbContext>();
            Assert.False(await db.MemberLogins.AnyAsync(m => m.MemberId == member));
            Assert.Equal(2, await db.Set<OutboxMessage>().CountAsync(m => m.EventType.EndsWith(".MemberErased")));
            Assert.Equal(request, (await db.Set<ErasedMember>().SingleAsync()).RequestId);
        }
    }

    private static async Task<ServiceProvider> ServicesAsync(TestDatabase database)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddDbContext<IdentityServiceDbContext>(options => options.UseNpgsql(database.ConnectionString))
            .AddSingleton<TimeProvider>(new FakeTimeProvider(Now))
            .AddSingleton<TokenKeyRing>()
            .AddSingleton<PhoneLookup>();
        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityServiceDbContext>());
        var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IdentityServiceDbContext>().Database.MigrateAsync();
        await provider.GetRequiredService<TokenKeyRing>().LoadAsync(CancellationToken.None);
        return provider;
    }

    /// <summary>Her login, as MemberRegistered leaves it, and a refresh token, as her sign-in leaves it.</summary>
    private static async Task SignedInAsync(ServiceProvider services, Guid memberId, string phone = Phone)
    {
        await InTransactionAsync(services, (scope, db, _) => new KeepMemberLogin(db, Phones(scope))
            .HandleAsync(memberId, phone, Now, CancellationToken.None));
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().CreateAsync(
            new OpenIddictTokenDescriptor
            {
                Subject = memberId.ToString(), Type = TokenTypeIdentifiers.RefreshToken, Status = Statuses.Valid,
                CreationDate = Now, ExpirationDate = Now.AddDays(14),
            });
    }

    private static async Task<string?> StatusOfTokenAsync(AsyncServiceScope scope, Guid memberId)
    {
        var tokens = scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();
        await foreach (var token in tokens.FindBySubjectAsync(memberId.ToString()))
        {
            return await tokens.GetStatusAsync(token);
        }

        return null;
    }

    private static PhoneLookup Phones(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<PhoneLookup>();

    private static ExportMemberData Export(
        AsyncServiceScope scope, IdentityServiceDbContext db, IIntegrationEventOutbox outbox) =>
        new(db, scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>(), outbox,
            scope.ServiceProvider.GetRequiredService<TimeProvider>());

    private static Task EraseAsync(ServiceProvider services, Guid requestId, Guid memberId) =>
        InTransactionAsync(services, (scope, db, outbox) => new EraseMember(
                db, scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>(), outbox,
                scope.ServiceProvider.GetRequiredService<TimeProvider>())
            .HandleAsync(
                new MemberErasureRequested(requestId, memberId, ErasureGround.MemberRequest, Now) { OccurredAt = Now },
                CancellationToken.None));

    /// <summary>As a consumer runs its use case: one scope, one transaction, saved with the outbox.</summary>
    private static async Task InTransactionAsync(
        ServiceProvider services,
        Func<AsyncServiceScope, IdentityServiceDbContext, IIntegrationEventOutbox, Task> work)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityServiceDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await work(scope, db, new IntegrationEventOutbox<IdentityServiceDbContext>(db, TimeProvider.System));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    private static async Task<(JsonElement Part, string Text)> PartAsync(ServiceProvider services, Guid requestId)
    {
        await using var scope = services.CreateAsyncScope();
        var payloads = await scope.ServiceProvider.GetRequiredService<IdentityServiceDbContext>().Set<OutboxMessage>()
            .Where(m => m.EventType.EndsWith(".MemberDataExportPartProduced")).Select(m => m.Payload).ToListAsync();
        var produced = payloads.Select(p => JsonDocument.Parse(p).RootElement)
            .Single(p => p.GetProperty("requestId").GetGuid() == requestId);
        Assert.Equal("identity", produced.GetProperty("service").GetString());
        var text = produced.GetProperty("part").GetString()!;
        return (JsonDocument.Parse(text).RootElement, text);
    }
}
