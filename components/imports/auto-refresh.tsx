"use client";
// Refreshes the server-rendered page every two seconds while it is mounted (the import progress).
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export const AutoRefresh = () => {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [router]);
  return null;
};
