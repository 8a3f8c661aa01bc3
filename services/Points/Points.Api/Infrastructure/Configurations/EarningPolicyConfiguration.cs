using Loyalty.Points.Api.Domain.Earning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Points.Api.Infrastructure.Configurations;

internal sealed class EarningPolicyConfiguration : IEntityTypeConfiguration<EarningPolicy>
{
    public void Configure(EntityTypeBuilder<EarningPolicy> policy)
    {
        policy.ToTable("earning_policy", table =>
            table.HasCheckConstraint("ck_earning_policy_singleton", $"\"Id\" = {EarningPolicy.SingletonId}"));
        policy.HasKey(p => p.Id);
        policy.Property(p => p.Id).ValueGeneratedNever();
        foreach (var multiplier in new[]
                 {
                     nameof(EarningPolicy.BaseRatePerCny), nameof(EarningPolicy.StandardMultiplier),
                     nameof(EarningPolicy.SilverMultiplier), nameof(EarningPolicy.GoldMultiplier),
                     nameof(EarningPolicy.DiamondMultiplier), nameof(EarningPolicy.BirthdayMultiplier),
                 })
        {
            policy.Property(multiplier).HasPrecision(8, 4);
        }

        // The documented defaults, as the one row admins edit.
        policy.HasData(new EarningPolicy());
    }
}
