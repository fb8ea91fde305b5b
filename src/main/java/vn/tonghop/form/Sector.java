package vn.tonghop.form;

/** A sector (khu vực) a CĐCS belongs to; enterprise sectors drive DD01, DD04 and the DD02 requirement. */
public record Sector(String code, String name, boolean enterprise) {
}
