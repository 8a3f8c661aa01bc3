using Loyalty.Points.Api.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Points.Api.Infrastructure.Configurations;

internal sealed class PointsAccountConfiguration : IEntityTypeConfiguration<PointsAccount>
{
    public void Configure(EntityTypeBuilder<PointsAccount> account)
    {
        account.ToTable("accounts", table =>
            table.HasCheckConstraint("ck_accounts_balance_not_negative", "\"Balance\" >= 0"));
        account.HasKey(a => a.MemberId);
        account.Property(a => a.Tier).HasConversion<string>().HasMaxLength(16);
    }
}
