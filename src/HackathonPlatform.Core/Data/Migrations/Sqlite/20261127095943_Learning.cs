using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HackathonPlatform.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Learning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LectureProgress",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    CourseId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LectureId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastOpenedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LectureProgress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LectureProgress_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QuizAttempts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    CourseId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LectureId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    QuizId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Answers = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    IsCorrect = table.Column<bool>(type: "INTEGER", nullable: false),
                    AttemptedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuizAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuizAttempts_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LectureProgress_UserId_CourseId_LectureId",
                table: "LectureProgress",
                columns: new[] { "UserId", "CourseId", "LectureId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuizAttempts_UserId_CourseId_LectureId",
                table: "QuizAttempts",
                columns: new[] { "UserId", "CourseId", "LectureId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LectureProgress");

            migrationBuilder.DropTable(
                name: "QuizAttempts");
        }
    }
}
