-- AlterTable
ALTER TABLE "EngagementEvent" ADD COLUMN     "attendeeCount" INTEGER,
ADD COLUMN     "facilitator" TEXT;

-- AlterTable
ALTER TABLE "Response" ADD COLUMN     "lateReason" TEXT,
ADD COLUMN     "organisationPublish" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "partnerOrganisation" TEXT,
ADD COLUMN     "scanFileName" TEXT,
ADD COLUMN     "scanMimeType" TEXT,
ADD COLUMN     "scanSizeBytes" INTEGER,
ADD COLUMN     "scanStorageKey" TEXT;

-- CreateTable
CREATE TABLE "EventFeedbackPoint" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "heading" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventFeedbackPoint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EventFeedbackPoint_eventId_position_idx" ON "EventFeedbackPoint"("eventId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Response_scanStorageKey_key" ON "Response"("scanStorageKey");

-- AddForeignKey
ALTER TABLE "EventFeedbackPoint" ADD CONSTRAINT "EventFeedbackPoint_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "EngagementEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
