using Loyalty.IntegrationTests.Support;
using Loyalty.Members.Api.Domain.Copies;
using Loyalty.Members.Api.Infrastructure;
using Loyalty.Members.Api.Infrastructure.Sql;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.IntegrationTests.Members;

/// <summary>
/// Two refunds of one purchase handled at once (a partial refund retried until its purchase arrived, then the rest)
/// both count against rolling spend. Read, add and save lost the first one: RefundTests saw 750 of 1,000 refunded.
/// </summary>
public class PurchaseRefundTests
{
    [Fact]
    public async Task Two_refunds_of_one_purchase_in_overlapping_transactions_both_count()
    {
        await using var database = new TestDatabase("it_member_refunds");
        var options = new DbContextOptionsBuilder<MembersDbContext>().UseNpgsql(database.ConnectionString).Options;
        var purchaseId = Guid.NewGuid();
        await using (var db = new MembersDbContext(options))
        {
            await db.Database.MigrateAsync();
            db.Purchases.Add(MemberPurchase.Record(purchaseId, Guid.NewGuid(), 1000m, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }

        await using var first = new MembersDbContext(options);
        await using var second = new MembersDbContext(options);
        await using var firstTransaction = await first.Database.BeginTransactionAsync();
        await using var secondTransaction = await second.Database.BeginTransactionAsync();

        Assert.True(await first.Purchases.AddRefundAsync(purchaseId, 250m, CancellationToken.None));
        // The second waits on the first's row lock until it commits, then adds to what the first wrote.
        var secondRefund = second.Purchases.AddRefundAsync(purchaseId, 750m, CancellationToken.None);
        await Task.Delay(200);
        await firstTransaction.CommitAsync();
        Assert.True(await secondRefund);
        await secondTransaction.CommitAsync();

        await using var reader = new MembersDbContext(options);
        Assert.Equal(1000m, (await reader.Purchases.SingleAsync(p => p.PurchaseId == purchaseId)).RefundedAmount);
        Assert.False(await reader.Purchases.AddRefundAsync(Guid.NewGuid(), 10m, CancellationToken.None));
    }
}
