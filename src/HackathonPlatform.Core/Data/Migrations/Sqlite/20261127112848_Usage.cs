using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HackathonPlatform.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Usage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "GpuHoursPerGroup",
                table: "Hackathons",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MaxConcurrentGpus",
                table: "Hackathons",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "UsageRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    GroupId = table.Column<int>(type: "INTEGER", nullable: true),
                    HackathonId = table.Column<int>(type: "INTEGER", nullable: true),
                    OwnerKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Flavour = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    GpuCount = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StoppedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsageRecords", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UsageRecords_GroupId",
                table: "UsageRecords",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_UsageRecords_HackathonId",
                table: "UsageRecords",
                column: "HackathonId");

            migrationBuilder.CreateIndex(
                name: "IX_UsageRecords_OwnerKey_StoppedAt",
                table: "UsageRecords",
                columns: new[] { "OwnerKey", "StoppedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UsageRecords");

            migrationBuilder.DropColumn(
                name: "GpuHoursPerGroup",
                table: "Hackathons");

            migrationBuilder.DropColumn(
                name: "MaxConcurrentGpus",
                table: "Hackathons");
        }
    }
}
