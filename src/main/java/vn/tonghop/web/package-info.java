/** The web app: controllers and views only, on top of the services. */
package vn.tonghop.web;
