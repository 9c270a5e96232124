package nl.regioportaal.training;

public enum AttendanceState {
    PRESENT,
    ABSENT,
    EXCUSED
}
