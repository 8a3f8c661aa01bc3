using Loyalty.BuildingBlocks.Persistence;
using Npgsql;

namespace Loyalty.UnitTests;

public class StatementReuseTests
{
    [Fact]
    public void A_plain_connection_string_keeps_pooled_connections_and_prepares_repeated_statements()
    {
        var settings = new NpgsqlConnectionStringBuilder(
            DatabaseExtensions.WithStatementReuse("Host=db;Database=pointsdb;Maximum Pool Size=16"));

        Assert.True(settings.NoResetOnClose);
        Assert.Equal(100, settings.MaxAutoPrepare);
        Assert.Equal(2, settings.AutoPrepareMinUsages);
        Assert.Equal(16, settings.MaxPoolSize);
        Assert.Equal("pointsdb", settings.Database);
    }

    [Fact]
    public void Settings_named_in_the_connection_string_are_kept()
    {
        var settings = new NpgsqlConnectionStringBuilder(
            DatabaseExtensions.WithStatementReuse(
                "Host=db;Database=pointsdb;No Reset On Close=false;Max Auto Prepare=0"));

        Assert.False(settings.NoResetOnClose);
        Assert.Equal(0, settings.MaxAutoPrepare);
    }
}
